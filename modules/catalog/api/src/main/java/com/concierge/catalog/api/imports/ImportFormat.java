package com.concierge.catalog.api.imports;

import java.util.Locale;
import java.util.Optional;

/** The file formats the catalog import reads (docs/catalog-import.md). */
public enum ImportFormat {
    CSV, JSON;

    /** From a media type ("text/csv; charset=utf-8", "application/json"). */
    public static Optional<ImportFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/csv", "application/csv" -> Optional.of(CSV);
            case "application/json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** From a file name's extension. */
    public static Optional<ImportFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") ? Optional.of(CSV) : lower.endsWith(".json") ? Optional.of(JSON) : Optional.empty();
    }
}
