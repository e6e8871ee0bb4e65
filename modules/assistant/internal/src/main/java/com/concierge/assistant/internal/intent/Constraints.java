package com.concierge.assistant.internal.intent;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.Constraint.Operator;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.Quantity;
import com.concierge.catalog.api.attributes.Unit;
import com.concierge.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Builds constraints with their chip text, and reads a chip's edited value. Numbers are kept in
 * the attribute's display unit (prices in major units of the store currency), as the shopper
 * sees them.
 */
public final class Constraints {

    private Constraints() {
    }

    public static Constraint price(BigDecimal min, BigDecimal max, String currency, String source) {
        Operator operator = min != null && max != null ? Operator.BETWEEN : max != null ? Operator.AT_MOST : Operator.AT_LEAST;
        String text = switch (operator) {
            case BETWEEN -> money(min, currency) + "–" + money(max, currency);
            case AT_MOST -> "under " + money(max, currency);
            default -> "over " + money(min, currency);
        };
        return new Constraint("price", "price", "Price", operator, range(min, max), min, max, List.of(), currency, true, source, text);
    }

    /** A number attribute between min and max, given in the attribute's display unit (either may be null). */
    public static Constraint number(AttributeDefinition attribute, BigDecimal min, BigDecimal max, String source) {
        Operator operator = min != null && max != null ? Operator.BETWEEN : max != null ? Operator.AT_MOST : Operator.AT_LEAST;
        String unit = attribute.displayUnit() == null ? null : attribute.displayUnit().symbol();
        String suffix = unit == null ? "" : " " + unit;
        String label = attribute.label().toLowerCase(Locale.ROOT);
        String text = switch (operator) {
            case BETWEEN -> label + " " + plain(min) + "–" + plain(max) + suffix;
            case AT_MOST -> label + " ≤ " + plain(max) + suffix;
            default -> label + " ≥ " + plain(min) + suffix;
        };
        return new Constraint("attr." + attribute.key(), "attr." + attribute.key(), attribute.label(), operator, range(min, max), min, max,
                List.of(), unit, true, source, text);
    }

    /** An enum, list or yes/no attribute: any of (or, negated, none of) the values. */
    public static Constraint choice(AttributeDefinition attribute, List<String> values, boolean negated, String source) {
        String label = attribute.label();
        String text;
        if (attribute.type() == AttributeType.BOOLEAN) {
            boolean yes = values.contains("yes") != negated;
            text = (yes ? "" : "not ") + label.toLowerCase(Locale.ROOT);
            return new Constraint("attr." + attribute.key(), "attr." + attribute.key(), label, Operator.ANY_OF, yes ? "yes" : "no", null, null,
                    List.of(yes ? "yes" : "no"), null, true, source, text);
        }
        text = label.toLowerCase(Locale.ROOT) + (negated ? " not " : ": ") + String.join(" or ", values);
        return new Constraint("attr." + attribute.key(), "attr." + attribute.key(), label, negated ? Operator.NONE_OF : Operator.ANY_OF,
                String.join(", ", values), null, null, values, null, true, source, text);
    }

    /** A variant option ("color"): only these values, or none of them. */
    public static Constraint option(String name, List<String> values, boolean negated, String source) {
        String text = (negated ? "not " : "only ") + String.join(" or ", values);
        return new Constraint("option." + name, "option." + name, capitalize(name), negated ? Operator.NONE_OF : Operator.ANY_OF,
                String.join(", ", values), null, null, values, null, true, source, text);
    }

    /** A list chip with the values of {@code added} joined to those of {@code chip} ("Alexa" then "or Google Home"). */
    public static Constraint anyOf(Constraint chip, Constraint added) {
        List<String> values = new java.util.ArrayList<>(chip.values());
        added.values().stream().filter(v -> !values.contains(v)).forEach(values::add);
        String text = chip.text().replace(String.join(" or ", chip.values()), String.join(" or ", values));
        return new Constraint(chip.id(), chip.field(), chip.label(), chip.operator(), String.join(", ", values), chip.min(), chip.max(),
                values, chip.unit(), chip.hard(), chip.source() + ", " + added.source(), text);
    }

    /** At least this average review rating (0–5). */
    public static Constraint rating(BigDecimal min, String source) {
        return new Constraint("rating", "rating", "Rating", Operator.AT_LEAST, plain(min), min, null, List.of(), null, true, source,
                "rated " + plain(min) + "+");
    }

    public static Constraint brand(List<String> brands, boolean negated, String source) {
        return new Constraint("brand", "brand", "Brand", negated ? Operator.NONE_OF : Operator.ANY_OF, String.join(", ", brands), null, null,
                brands, null, true, source, (negated ? "not " : "") + String.join(" or ", brands));
    }

    /** A reason code the shopper would like ("quiet"): ranks, never filters. */
    public static Constraint reason(Vocabulary.Reason reason, String source) {
        return new Constraint("reason." + reason.code(), "reason", reason.label(), Operator.PREFER, reason.code(), null, null,
                List.of(reason.code()), null, false, source, "prefer " + reason.label().toLowerCase(Locale.ROOT));
    }

    /**
     * A price limit in a currency the store does not price in ("under £80"): kept as the shopper
     * said it, and not applied (no exchange rate is assumed), so it is a note, not a filter; the
     * reply asks for the limit in the store's currency.
     */
    public static Constraint foreignPrice(BigDecimal min, BigDecimal max, String currency, String source) {
        Constraint asSaid = price(min, max, currency, source);
        return new Constraint(asSaid.id(), asSaid.field(), asSaid.label(), asSaid.operator(), asSaid.value(), min, max, List.of(), currency, false,
                source, asSaid.text() + " (not applied: prices here are in US dollars)");
    }

    /**
     * A price limit the shopper gave in another currency ("under £60"), applied in the store's
     * currency at the retailer's rate: the chip's bounds are in store currency (a cap rounded down
     * to the cent, a floor up, so nothing over what was said is shown), its text says both.
     */
    public static Constraint convertedPrice(BigDecimal min, BigDecimal max, String currency, BigDecimal rate, String store, String source) {
        BigDecimal lo = min == null ? null : min.multiply(rate).setScale(2, RoundingMode.CEILING);
        BigDecimal hi = max == null ? null : max.multiply(rate).setScale(2, RoundingMode.FLOOR);
        Constraint applied = price(lo, hi, store, source);
        String said = price(min, max, currency, source).text();
        return new Constraint(applied.id(), applied.field(), applied.label(), applied.operator(), applied.value(), lo, hi, List.of(), store,
                true, source, applied.text() + " (" + said.replaceFirst("^(under|over) ", "") + ")");
    }

    /** A use case that matches a list value ("smoothies" → programs includes smoothie): ranks, never filters. */
    public static Constraint use(AttributeDefinition attribute, String value, String source) {
        return new Constraint("use." + value.toLowerCase(Locale.ROOT).replace(' ', '_'), "attr." + attribute.key(), attribute.label(),
                Operator.PREFER, value, null, null, List.of(value), null, false, source, "for " + value);
    }

    /** The lower (or higher) the better on a field ("price", "attr.noise"). */
    public static Constraint direction(String field, String label, boolean less, String source) {
        return new Constraint("prefer." + field, field, label, less ? Operator.PREFER_LESS : Operator.PREFER_MORE, less ? "lower" : "higher",
                null, null, List.of(), null, false, source, (less ? "lower " : "higher ") + label.toLowerCase(Locale.ROOT));
    }

    /** Display value → canonical, for the search filters. */
    public static BigDecimal canonical(AttributeDefinition attribute, BigDecimal display) {
        if (display == null) {
            return null;
        }
        return attribute.displayUnit() == null ? display : attribute.displayUnit().toCanonical(display);
    }

    /** Canonical → display unit, rounded for people. */
    public static BigDecimal display(AttributeDefinition attribute, BigDecimal canonical) {
        if (canonical == null) {
            return null;
        }
        BigDecimal value = attribute.displayUnit() == null ? canonical : attribute.displayUnit().fromCanonical(canonical);
        return round(value);
    }

    /** A quantity in the attribute's display unit. */
    public static BigDecimal inDisplayUnit(AttributeDefinition attribute, Quantity quantity) {
        Unit target = attribute.displayUnit();
        return target == null ? quantity.value() : round(quantity.to(target).value());
    }

    public static BigDecimal round(BigDecimal value) {
        int scale = value.abs().compareTo(BigDecimal.valueOf(100)) >= 0 ? 0 : value.abs().compareTo(BigDecimal.TEN) >= 0 ? 1 : 2;
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    public static String plain(BigDecimal value) {
        return value == null ? "" : round(value).toPlainString();
    }

    public static String money(BigDecimal amount, String currency) {
        String symbol = "USD".equals(currency) ? "$" : Currency.getInstance(currency).getSymbol(Locale.ROOT) + " ";
        BigDecimal shown = amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, RoundingMode.UNNECESSARY)
                : amount.setScale(2, RoundingMode.HALF_EVEN);
        return symbol + shown.toPlainString();
    }

    public static String money(Money money) {
        return money(money.amount(), money.currency().getCurrencyCode());
    }

    private static String range(BigDecimal min, BigDecimal max) {
        if (min != null && max != null) {
            return plain(min) + "–" + plain(max);
        }
        return plain(max != null ? max : min);
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
