package com.concierge.measurement.api;

import java.io.IOException;
import java.io.OutputStream;

/** Intent records ready to be written (docs/intent-analytics.md has the columns and fields). */
public interface IntentExport {

    enum Format {
        /** One row per message, with its conversation's outcome on every row. */
        CSV("text/csv", "csv"),
        /** One JSON object ({@link IntentRecord}) per conversation and line. */
        JSONL("application/x-ndjson", "jsonl");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    Format format();

    /** Writes every record, reading them in pages, so any range streams in bounded memory. */
    void writeTo(OutputStream out) throws IOException;
}
