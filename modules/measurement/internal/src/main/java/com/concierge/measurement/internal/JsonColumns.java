package com.concierge.measurement.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Measurement's JSON columns and payloads (lists of words, what was shown, an audited answer,
 * logged events), written and read with the application's {@link ObjectMapper}. A value that
 * does not serialize or a column that does not read is a bug, not bad input: it throws
 * {@link IllegalStateException}.
 */
@ApplicationScoped
public class JsonColumns {

    private final ObjectMapper json;

    JsonColumns(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + value.getClass().getName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A JSON array of strings, written as {@link #write} would write it but without a generator per
     * call: the intake writes three of these per message.
     */
    public static String strings(List<String> values) {
        StringBuilder out = new StringBuilder(2 + 16 * values.size()).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            quoted(values.get(i), out);
        }
        return out.append(']').toString();
    }

    /** A string as a JSON string value (escaped by Jackson's encoder), or {@code null}. */
    public static StringBuilder quoted(String value, StringBuilder out) {
        if (value == null) {
            return out.append("null");
        }
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(value, out);
        return out.append('"');
    }

    public <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable JSON column: " + e.getOriginalMessage(), e);
        }
    }
}
