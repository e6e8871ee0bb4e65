package com.concierge.catalog.internal.imports;

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

/** Reads catalog files (CSV with a header row, or a JSON array) into raw rows with their numbers. */
final class CatalogFileReader {

    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogFileReader() {
    }

    /** A malformed file (not a row in it): unbalanced quotes, a JSON document that is not an array. */
    static final class MalformedFileException extends IllegalArgumentException {
        final long row;

        MalformedFileException(long row, String message) {
            super(message);
            this.row = row;
        }
    }

    static List<RawRow> csv(Reader reader) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<RawRow> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> iterator = CSV.readerForMapOf(String.class).with(schema)
                .with(CsvParser.Feature.TRIM_SPACES).readValues(reader)) {
            JsonParser parser = iterator.getParser();
            while (true) {
                long line = parser.currentLocation().getLineNr(); // where the next record starts
                if (!iterator.hasNextValue()) {
                    break;
                }
                Map<String, String> fields = iterator.nextValue();
                rows.add(new RawRow(Math.max(line, 2), new LinkedHashMap<>(fields)));
            }
        } catch (IOException | RuntimeException e) {
            long row = rows.isEmpty() ? 2 : rows.get(rows.size() - 1).row() + 1;
            throw new MalformedFileException(row, "the CSV cannot be read after line " + (row - 1) + ": " + firstLine(e));
        }
        return rows;
    }

    static List<RawRow> json(Reader reader) {
        JsonNode root;
        try {
            root = JSON.readTree(reader);
        } catch (IOException e) {
            throw new MalformedFileException(0, "the JSON cannot be read: " + firstLine(e));
        }
        if (root == null || !root.isArray()) {
            throw new MalformedFileException(0, "a JSON import is an array of products: [{\"sku\": ...}, ...]");
        }
        List<RawRow> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            Map<String, String> fields = new LinkedHashMap<>();
            if (item.isObject()) {
                item.properties().forEach(entry -> {
                    switch (entry.getKey()) {
                        case "attributes" -> entry.getValue().properties().forEach(a -> fields.put(a.getKey(), text(a.getValue())));
                        case "options" -> entry.getValue().properties().forEach(o -> fields.put("option:" + o.getKey(), text(o.getValue())));
                        default -> fields.put(entry.getKey(), text(entry.getValue()));
                    }
                });
            }
            rows.add(new RawRow(i + 1, fields));
        }
        return rows;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) { // bullets, images, boundaries, list attributes: the CSV form "a | b"
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
