package com.concierge.catalog.api.imports;

import java.time.Instant;
import java.util.UUID;

/**
 * A catalog import or a rebuild of the search index, started through the API or the console, as any
 * replica of the store reports it: its state, progress, and the report when done (or why it failed).
 *
 * @param rowsDone  rows of the file (an import) or products indexed (a rebuild) so far
 * @param rowsTotal rows in the file, or products to index
 * @param report    an import's row-level report once done; null for a rebuild
 */
public record ImportJob(UUID id, String startedBy, Instant queuedAt, State state, long rowsDone, long rowsTotal, ImportReport report,
                        String failure, Kind kind) {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** The job without its report, for lists (the report of a large file is large). */
    public ImportJob withoutReport() {
        return new ImportJob(id, startedBy, queuedAt, state, rowsDone, rowsTotal, null, failure, kind);
    }

    public enum Kind {
        /** A product file (CSV or JSON Lines) imported. */
        IMPORT,
        /** The search index rebuilt from the database. */
        REINDEX
    }
}
