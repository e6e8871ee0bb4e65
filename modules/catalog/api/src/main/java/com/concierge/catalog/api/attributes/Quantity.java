package com.concierge.catalog.api.attributes;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with a unit, e.g. {@code 2.5 qt}. {@link #canonicalValue()} is what the catalog stores,
 * filters and compares on; the quantity itself is kept so a page can show what the source said.
 */
public record Quantity(BigDecimal value, Unit unit) implements Comparable<Quantity> {

    /** "1,500.5" (thousands separators) or "1500.5" / "1,5" (a decimal point or comma). */
    private static final Pattern TEXT = Pattern.compile(
            "^\\s*([-+]?(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?))\\s*(.+?)\\s*$");

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String value, Unit unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    /**
     * Parses {@code "1500 W"}, {@code "1,500 W"}, {@code "2.5qt"}, {@code "12 inches"}, {@code "1,5 L"}. A
     * comma followed by groups of exactly three digits separates thousands; otherwise it is a decimal comma.
     *
     * @throws IllegalArgumentException naming the number or the unit that was not understood
     */
    public static Quantity parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("quantity is missing");
        }
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a number followed by a unit");
        }
        String unitText = matcher.group(2);
        Unit unit = Unit.parse(unitText)
                .orElseThrow(() -> new IllegalArgumentException("unknown unit '" + unitText + "' in '" + text.strip() + "'"));
        String number = matcher.group(1);
        boolean thousands = number.matches("[-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
        return new Quantity(new BigDecimal(thousands ? number.replace(",", "") : number.replace(',', '.')), unit);
    }

    public Dimension dimension() {
        return unit.dimension();
    }

    /** The value in the dimension's canonical unit. */
    public BigDecimal canonicalValue() {
        return unit.toCanonical(value);
    }

    /** The same amount in {@code target}. */
    public Quantity to(Unit target) {
        if (target.dimension() != unit.dimension()) {
            throw new IllegalArgumentException("cannot convert " + this + " (" + unit.dimension().name().toLowerCase(java.util.Locale.ROOT)
                    + ") to " + target.symbol() + " (" + target.dimension().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        return target == unit ? this : new Quantity(target.fromCanonical(canonicalValue()), target);
    }

    @Override
    public int compareTo(Quantity other) {
        if (other.dimension() != dimension()) {
            throw new IllegalArgumentException("cannot compare " + this + " with " + other);
        }
        return canonicalValue().compareTo(other.canonicalValue());
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " " + unit.symbol();
    }
}
