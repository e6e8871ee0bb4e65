package com.concierge.catalog.internal.imports;

import com.concierge.kernel.files.TableFile;
import java.io.Reader;
import java.util.List;

/**
 * Reads catalog files (CSV with a header row, or a JSON array) into raw rows with their numbers.
 * In JSON, {@code "attributes": {...}} and {@code "options": {...}} become the CSV's attribute and
 * {@code option:} columns, and arrays become "a | b".
 */
final class CatalogFileReader {

    private CatalogFileReader() {
    }

    static List<RawRow> csv(Reader reader) {
        return rows(TableFile.csv(reader));
    }

    static List<RawRow> json(Reader reader) {
        return rows(TableFile.json(reader, "products: [{\"sku\": ...}, ...]", (entry, fields) -> {
            switch (entry.getKey()) {
                case "attributes" -> entry.getValue().properties().forEach(a -> fields.put(a.getKey(), TableFile.text(a.getValue())));
                case "options" -> entry.getValue().properties().forEach(o -> fields.put("option:" + o.getKey(), TableFile.text(o.getValue())));
                default -> fields.put(entry.getKey(), TableFile.text(entry.getValue()));
            }
        }));
    }

    private static List<RawRow> rows(List<TableFile.Row> rows) {
        return rows.stream().map(row -> new RawRow(row.number(), row.fields())).toList();
    }
}
