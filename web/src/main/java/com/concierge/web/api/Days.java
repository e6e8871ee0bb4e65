package com.concierge.web.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** UTC days from query parameters: YYYY-MM-DD, with the defaults the measurement endpoints share. */
public final class Days {

    private Days() {
    }

    /** A range; without {@code to}: today; without {@code from}: the {@code defaultDays} days ending at {@code to}. */
    public record Range(LocalDate from, LocalDate to) {

        public static Range of(String from, String to, int defaultDays) {
            LocalDate end = to == null || to.isBlank() ? today() : day("to", to);
            LocalDate start = from == null || from.isBlank() ? end.minusDays(defaultDays - 1L) : day("from", from);
            return new Range(start, end);
        }
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** @throws IllegalArgumentException naming the parameter when the value is not a day */
    public static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a day as YYYY-MM-DD, was '" + value + "'");
        }
    }
}
