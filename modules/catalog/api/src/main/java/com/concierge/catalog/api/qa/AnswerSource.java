package com.concierge.catalog.api.qa;

import java.util.Locale;

/** Who answered: it decides how much an answer may be trusted as evidence. */
public enum AnswerSource {
    /** The retailer's own staff. */
    RETAILER,
    /** The brand or manufacturer. */
    MANUFACTURER,
    /** Another shopper. */
    COMMUNITY;

    public static AnswerSource parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("source '" + text + "' is not one of retailer, manufacturer, community");
        }
    }
}
