package com.concierge.catalog.api;

/** The check every required text field of the catalog's commands makes, with the same messages. */
public final class RequiredText {

    private RequiredText() {
    }

    /**
     * {@code value} stripped of surrounding white space.
     *
     * @throws IllegalArgumentException "{field} is missing" or "{field} is longer than {max} characters"
     */
    public static String of(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }
}
