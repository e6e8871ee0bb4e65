package com.concierge.catalog.api.imports;

import com.concierge.kernel.files.FileFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Catalog imports (and rebuilds of the search index) run in the background, one at a time per replica, so a large file neither holds an
 * HTTP request open nor competes with another import on that replica. Jobs are stored: every replica
 * reports a job's progress and report, whichever one runs it (docs/catalog-import.md).
 */
public interface CatalogImports {

    /** Queues the file on this replica and returns the job at once. */
    ImportJob start(FileFormat format, String data, String startedBy);

    /**
     * Queues a rebuild of the search index from the database on this replica (the same as the ops
     * API's reindex, in the background) and returns the job at once; it waits for an import before it.
     */
    ImportJob reindex(String startedBy);

    /** A job as stored; one whose replica stopped before finishing it reads as FAILED. */
    Optional<ImportJob> job(UUID id);

    /** The newest jobs first. */
    List<ImportJob> recent(int limit);
}
