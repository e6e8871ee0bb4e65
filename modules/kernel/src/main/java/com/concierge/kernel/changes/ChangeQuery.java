package com.concierge.kernel.changes;

import java.time.Instant;

/**
 * Filters for the change log; null means any. {@code actor} matches the name or the subject exactly,
 * {@code subjectId} exactly; {@code from} inclusive, {@code to} exclusive.
 */
public record ChangeQuery(String actor, String kind, String subjectId, Instant from, Instant to, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public ChangeQuery {
        actor = blankToNull(actor);
        kind = blankToNull(kind);
        subjectId = blankToNull(subjectId);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /** The newest {@code limit} entries. */
    public static ChangeQuery latest(int limit) {
        return new ChangeQuery(null, null, null, null, null, 0, limit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
