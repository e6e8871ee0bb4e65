package com.concierge.catalog.api.imports;

/**
 * One reason a row was refused.
 *
 * @param row     the CSV line number (the header is line 1), or the JSON item number (from 1)
 * @param sku     the row's SKU, when it has one
 * @param field   the column or attribute at fault
 * @param reason  stable code for programs
 * @param message for a person: what was wrong and what would be right
 */
public record RowProblem(long row, String sku, String field, Reason reason, String message) {

    public enum Reason {
        MISSING_REQUIRED, TOO_LONG, MALFORMED_PRICE, INVALID_CURRENCY, INVALID_STOCK, UNKNOWN_CATEGORY, UNKNOWN_ATTRIBUTE,
        DUPLICATE_SKU, SKU_OF_OTHER_PRODUCT, CONFLICTS_WITH_PRODUCT, INVALID_RATING, NOT_A_NUMBER, MISSING_UNIT, UNKNOWN_UNIT, WRONG_DIMENSION, OUT_OF_RANGE, NOT_ALLOWED, NOT_A_BOOLEAN,
        MALFORMED_FILE, UNSAFE_URL, NOT_TEXT, UNKNOWN_PRODUCT, CONFLICTS_WITHIN_GUIDE, INVALID_GUIDE
    }
}
