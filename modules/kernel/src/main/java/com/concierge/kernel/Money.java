package com.concierge.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in the minor units of its currency (cents for USD, yen for JPY). Never a
 * floating-point number: {@code Money.parse("19.99", "USD")} is 1999 cents exactly.
 *
 * @param minorUnits amount in the currency's smallest unit; may be negative (refunds, discounts)
 * @param currency   ISO 4217 currency
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, currency(currencyCode));
    }

    /**
     * Parses a decimal amount such as {@code "149.99"}. Rejects amounts with more fraction digits
     * than the currency has ("1.999" USD) instead of rounding them silently.
     *
     * @throws IllegalArgumentException with a message naming the bad part
     */
    public static Money parse(String amount, String currencyCode) {
        Currency currency = currency(currencyCode);
        if (amount == null || amount.isBlank()) {
            throw new IllegalArgumentException("amount is missing");
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount '" + amount + "' is not a decimal number");
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        try {
            return new Money(decimal.setScale(digits, RoundingMode.UNNECESSARY).movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount '" + amount + "' has more than " + digits
                    + " decimals or is too large for " + currency.getCurrencyCode());
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(minorUnits, quantity), currency);
    }

    /** The amount as a decimal in major units, e.g. {@code 149.99}. */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, Math.max(currency.getDefaultFractionDigits(), 0));
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    /** {@code "149.99 USD"}: unambiguous, locale-independent; pages format by locale themselves. */
    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    private static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("currency is missing");
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency '" + code + "' is not an ISO 4217 code");
        }
    }
}
