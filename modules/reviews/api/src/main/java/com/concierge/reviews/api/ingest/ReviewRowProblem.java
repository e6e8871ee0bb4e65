package com.concierge.reviews.api.ingest;

/**
 * Why one row of a review import was refused.
 *
 * @param row     CSV line or JSON item number
 * @param field   the column at fault ("rating"), or "file" when the file could not be read
 * @param reason  a stable code
 * @param message the same for people
 */
public record ReviewRowProblem(long row, String field, Reason reason, String message) {

    public enum Reason {
        MISSING_REQUIRED, INVALID_RATING, TOO_LONG, INVALID_DATE, FUTURE_DATE, UNKNOWN_PRODUCT, UNKNOWN_VARIANT, NOT_A_BOOLEAN, MALFORMED_FILE
    }
}
