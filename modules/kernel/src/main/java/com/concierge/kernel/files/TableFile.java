package com.concierge.kernel.files;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads an import file into rows of text fields, each with the number a row-level report names:
 * CSV (a header row, RFC 4180 quoting; the row number is the CSV line the record starts on) or a
 * JSON array of objects (the item number, from 1). Checking the fields is the caller's job.
 */
public final class TableFile {

    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row: its number and its fields (name → text as written, {@code null} when absent). */
    public record Row(long number, Map<String, String> fields) {

        /** The field stripped of surrounding blanks, or {@code null}. */
        public String get(String field) {
            String value = fields.get(field);
            return value == null ? null : value.strip();
        }
    }

    /** The file itself cannot be read (unbalanced quotes, JSON that is not an array); {@code row} is where reading stopped. */
    public static final class MalformedFileException extends IllegalArgumentException {
        private final long row;

        public MalformedFileException(long row, String message) {
            super(message);
            this.row = row;
        }

        public long row() {
            return row;
        }
    }

    private TableFile() {
    }

    public static List<Row> csv(Reader reader) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> iterator = CSV.readerForMapOf(String.class).with(schema)
                .with(CsvParser.Feature.TRIM_SPACES).readValues(reader)) {
            JsonParser parser = iterator.getParser();
            while (true) {
                long line = parser.currentLocation().getLineNr(); // where the next record starts
                if (!iterator.hasNextValue()) {
                    break;
                }
                Map<String, String> fields = iterator.nextValue();
                rows.add(new Row(Math.max(line, 2), new LinkedHashMap<>(fields)));
            }
        } catch (IOException | RuntimeException e) {
            long row = rows.isEmpty() ? 2 : rows.get(rows.size() - 1).number() + 1;
            throw new MalformedFileException(row, "the CSV cannot be read after line " + (row - 1) + ": " + firstLine(e));
        }
        return rows;
    }

    /**
     * A JSON array of objects; each property becomes a field through {@code flatten} (property
     * name, value, the row's fields), so nested objects can become several fields.
     *
     * @param shape the items and an example, for the error message: {@code products: [{"sku": ...}, ...]}
     */
    public static List<Row> json(Reader reader, String shape, BiConsumer<Map.Entry<String, JsonNode>, Map<String, String>> flatten) {
        JsonNode root;
        try {
            root = JSON.readTree(reader);
        } catch (IOException e) {
            throw new MalformedFileException(0, "the JSON cannot be read: " + firstLine(e));
        }
        if (root == null || !root.isArray()) {
            throw new MalformedFileException(0, "a JSON import is an array of " + shape);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            Map<String, String> fields = new LinkedHashMap<>();
            if (item.isObject()) {
                item.properties().forEach(entry -> flatten.accept(entry, fields));
            }
            rows.add(new Row(i + 1, fields));
        }
        return rows;
    }

    /**
     * A file of either format whose JSON items are flat: each property is the field of its name,
     * its value as {@link #text} gives it (arrays as "a | b").
     *
     * @param shape as for {@link #json}
     */
    public static List<Row> read(FileFormat format, Reader reader, String shape) {
        return format == FileFormat.CSV ? csv(reader) : json(reader, shape, (entry, fields) -> fields.put(entry.getKey(), text(entry.getValue())));
    }

    /** A JSON value as the text a CSV cell would hold: arrays as "a | b", objects as JSON. */
    public static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
            return String.join(" | ", items);
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
