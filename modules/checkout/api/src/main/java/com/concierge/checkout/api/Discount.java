package com.concierge.checkout.api;

import com.concierge.kernel.Money;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A discount code and the rule it applies by.
 *
 * @param kind     PERCENT (value is percent, 1–100) or AMOUNT (value is minor units of {@code currency})
 * @param category only lines of this category count (null: every line)
 * @param minSpend the cart's subtotal must reach it (null: no minimum)
 * @param startsOn first day it applies (null: already)
 * @param endsOn   last day it applies (null: no end)
 */
public record Discount(String code, Kind kind, long value, String currency, String category, Money minSpend,
                       LocalDate startsOn, LocalDate endsOn, boolean active) {

    public enum Kind { PERCENT, AMOUNT }

    public Discount {
        if (code == null || !code.strip().matches("[A-Za-z0-9_-]{3,32}")) {
            throw new IllegalArgumentException("a discount code is 3 to 32 letters, digits, '-' or '_'");
        }
        code = code.strip().toUpperCase(Locale.ROOT);
        if (kind == null) {
            throw new IllegalArgumentException("discount " + code + ": kind must be PERCENT or AMOUNT");
        }
        if (kind == Kind.PERCENT && (value < 1 || value > 100)) {
            throw new IllegalArgumentException("discount " + code + ": a percentage is between 1 and 100, was " + value);
        }
        if (kind == Kind.AMOUNT && value < 1) {
            throw new IllegalArgumentException("discount " + code + ": an amount must be positive");
        }
        if (kind == Kind.AMOUNT && currency == null) {
            throw new IllegalArgumentException("discount " + code + ": an amount needs its currency");
        }
        currency = currency == null ? null : Money.of(0, currency).currency().getCurrencyCode();
        if (minSpend != null && minSpend.minorUnits() < 0) {
            throw new IllegalArgumentException("discount " + code + ": a minimum spend cannot be negative");
        }
        if (category != null && (category.isBlank() || category.length() > 64)) {
            throw new IllegalArgumentException("discount " + code + ": a category key is 1 to 64 characters");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("discount " + code + ": ends before it starts");
        }
    }

    /** Whether the code applies on {@code day}. */
    public boolean runsOn(LocalDate day) {
        return active && (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
    }
}
