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
        return wellFormed(field, stripped);
    }

    /**
     * {@code value} when it is text every store can keep, index and show: no half of a character
     * (a lone surrogate) and no control character but tab and line breaks. Refused rather than
     * repaired, so the merchandiser sees what was wrong; a product with such a SKU could not be
     * indexed and once stopped the store from starting.
     *
     * @throws IllegalArgumentException "{field} has a character that is not text at position n"
     */
    public static String wellFormed(String field, String value) {
        int broken = brokenAt(value);
        if (broken >= 0) {
            throw new IllegalArgumentException(field + " has a character that is not text at position " + (broken + 1)
                    + " (half of an emoji or a control character)");
        }
        return value;
    }

    /** Where {@code value} has a lone surrogate or a control character other than tab, CR and LF; -1 when nowhere. */
    public static int brokenAt(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return i;
            }
        }
        return -1;
    }
}
