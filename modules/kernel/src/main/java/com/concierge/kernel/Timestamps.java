package com.concierge.kernel;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Timestamp columns as native queries hand them back, which differs between H2 and PostgreSQL. */
public final class Timestamps {

    private Timestamps() {
    }

    /** A {@code TIMESTAMP WITH TIME ZONE} column's value (Instant, OffsetDateTime, Timestamp or text) as an instant; null stays null. */
    public static Instant instant(Object column) {
        return switch (column) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case java.sql.Timestamp time -> time.toInstant();
            default -> OffsetDateTime.parse(column.toString()).toInstant();
        };
    }
}
