package com.concierge.catalog.api.imports;

import java.time.Instant;
import java.util.UUID;

/**
 * A catalog import started through the API or the console, as any replica of the store reports it:
 * its state, progress, and the report when done (or why it failed).
 */
public record ImportJob(UUID id, String startedBy, Instant queuedAt, State state, long rowsDone, long rowsTotal, ImportReport report,
                        String failure) {

    public enum State { QUEUED, RUNNING, DONE, FAILED }
}
