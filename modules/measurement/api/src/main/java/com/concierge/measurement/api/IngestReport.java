package com.concierge.measurement.api;

import java.util.List;

/**
 * What a bulk ingest of events (JSON Lines) did, line by line where a line was refused.
 *
 * @param lines      non-blank lines read
 * @param recorded   events recorded now
 * @param duplicates events recorded before (same event id): skipped
 * @param rejected   lines refused; the first {@link #MAX_LISTED} are listed in {@code rejections}
 */
public record IngestReport(long lines, long recorded, long duplicates, long rejected, List<Rejection> rejections) {

    public static final int MAX_LISTED = 100;

    public IngestReport {
        rejections = List.copyOf(rejections);
    }

    /** One refused line: its number (1 for the first line) and why. */
    public record Rejection(long line, String error) {
    }
}
