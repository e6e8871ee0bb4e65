package com.concierge.kernel.files;

import java.util.Locale;
import java.util.Optional;

/** The file formats imports read: CSV with a header row, or a JSON array (docs/catalog-import.md, docs/reviews.md). */
public enum FileFormat {
    CSV, JSON;

    /** From a media type ("text/csv; charset=utf-8", "application/json"). */
    public static Optional<FileFormat> ofMediaType(String mediaType) {
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
    public static Optional<FileFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") ? Optional.of(CSV) : lower.endsWith(".json") ? Optional.of(JSON) : Optional.empty();
    }
}
