package com.concierge.catalog.internal.imports;

import java.util.Map;

/**
 * One row as read from a file, before any check: field name → text. Attributes use their key
 * ("noise"), variant options are prefixed {@code option:} ("option:color").
 *
 * @param row CSV line number or JSON item number
 */
record RawRow(long row, Map<String, String> fields) {

    String get(String field) {
        String value = fields.get(field);
        return value == null ? null : value.strip();
    }
}
