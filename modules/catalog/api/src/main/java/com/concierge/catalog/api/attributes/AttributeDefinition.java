package com.concierge.catalog.api.attributes;

import com.concierge.catalog.api.attributes.InvalidAttributeValueException.Reason;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One attribute of a category's schema, e.g. {@code noise}: a NUMBER of dimension SOUND_LEVEL
 * between 20 and 120 dB, shown in dB. {@link #check(String)} turns what product data says into an
 * {@link AttributeValue} or refuses it with a reason.
 *
 * @param key           stable identifier, lower-case words joined by '_' ("noise", "jar_capacity")
 * @param label         for people ("Noise level")
 * @param type          how values are written
 * @param dimension     for NUMBER: what it measures, or null for a plain number
 * @param displayUnit   for NUMBER with a dimension: the unit pages show it in
 * @param min           for NUMBER: lowest allowed value, in the canonical unit (null: none)
 * @param max           for NUMBER: highest allowed value, in the canonical unit (null: none)
 * @param allowedValues for ENUM and LIST: the values accepted (compared ignoring case)
 * @param required      whether a product of the category must state it
 */
public record AttributeDefinition(String key, String label, AttributeType type, Dimension dimension, Unit displayUnit,
                                  BigDecimal min, BigDecimal max, Set<String> allowedValues, boolean required) {

    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0");

    public AttributeDefinition {
        Objects.requireNonNull(type, "type");
        if (key == null || !key.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("attribute key '" + key + "' must be lower-case letters, digits and '_'");
        }
        label = label == null || label.isBlank() ? key : label.strip();
        allowedValues = allowedValues == null ? Set.of() : Set.copyOf(allowedValues);
        for (String allowed : allowedValues) {
            if (allowed.isBlank() || allowed.contains("|") || allowed.contains(";")) {
                throw new IllegalArgumentException("attribute " + key + ": allowed value '" + allowed + "' must be non-blank without '|' or ';'");
            }
        }
        min = plainDecimal(min);
        max = plainDecimal(max);
        if ((type == AttributeType.ENUM || type == AttributeType.LIST) && allowedValues.isEmpty()) {
            throw new IllegalArgumentException("attribute " + key + " (" + type + ") needs allowed values");
        }
        if (type != AttributeType.NUMBER && (dimension != null || min != null || max != null)) {
            throw new IllegalArgumentException("attribute " + key + ": only numbers have a dimension or a range");
        }
        if (dimension != null && displayUnit == null) {
            displayUnit = dimension.canonicalUnit();
        }
        if (displayUnit != null && displayUnit.dimension() != dimension) {
            throw new IllegalArgumentException("attribute " + key + ": " + displayUnit.symbol() + " does not measure " + dimension);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("attribute " + key + ": min " + min + " is above max " + max);
        }
    }

    /**
     * An attribute as a merchandiser writes it: type by name ("number", "enum", ...), the display
     * unit by symbol ("dB", "L"; it decides the dimension), bounds as quantities ("10 L") or plain
     * numbers in the display unit ("10").
     */
    public static AttributeDefinition fromText(String key, String label, String type, String unit, String min, String max,
                                               Set<String> allowedValues, boolean required) {
        AttributeType parsedType;
        try {
            parsedType = AttributeType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("attribute " + key + ": type '" + type + "' is not one of number, enum, boolean, text, list");
        }
        Unit display = null;
        if (unit != null && !unit.isBlank()) {
            display = Unit.parse(unit).orElseThrow(() -> new IllegalArgumentException("attribute " + key + ": unknown unit '" + unit + "'"));
        }
        return new AttributeDefinition(key, label, parsedType, display == null ? null : display.dimension(), display,
                bound(key, min, display), bound(key, max, display), allowedValues, required);
    }

    /** A bound for output: in the display unit with its symbol ("0.1 L"), or the plain number. */
    public String boundText(BigDecimal canonical) {
        if (canonical == null) {
            return null;
        }
        if (displayUnit == null) {
            return canonical.toPlainString();
        }
        return plainDecimal(displayUnit.fromCanonical(canonical)).toPlainString() + " " + displayUnit.symbol();
    }

    private static BigDecimal bound(String key, String text, Unit display) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (display == null) {
                return new BigDecimal(text.strip());
            }
            if (text.strip().matches("[-+]?\\d+(?:\\.\\d+)?")) {
                return display.toCanonical(new BigDecimal(text.strip()));
            }
            Quantity quantity = Quantity.parse(text);
            if (quantity.dimension() != display.dimension()) {
                throw new IllegalArgumentException("'" + text + "' is not in the dimension of " + display.symbol());
            }
            return quantity.canonicalValue();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("attribute " + key + ": bound " + e.getMessage().replace("quantity", "'" + text + "'"));
        }
    }

    /** Trailing zeros off, but never an exponent: 20.000 → 20, not 2E+1. */
    private static BigDecimal plainDecimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A number with a unit, range given in the canonical unit. */
    public static AttributeDefinition quantity(String key, String label, Dimension dimension, Unit displayUnit,
                                               String min, String max, boolean required) {
        return new AttributeDefinition(key, label, AttributeType.NUMBER, dimension, displayUnit,
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), Set.of(), required);
    }

    public static AttributeDefinition choice(String key, String label, boolean required, String... allowed) {
        return new AttributeDefinition(key, label, AttributeType.ENUM, null, null, null, null, Set.of(allowed), required);
    }

    public static AttributeDefinition flag(String key, String label, boolean required) {
        return new AttributeDefinition(key, label, AttributeType.BOOLEAN, null, null, null, null, Set.of(), required);
    }

    /**
     * Checks one raw value. Blank means "not stated": empty for optional attributes, refused for
     * required ones.
     *
     * @throws InvalidAttributeValueException with the reason and a message naming the value
     */
    public Optional<AttributeValue> check(String raw) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw invalid(Reason.MISSING_REQUIRED, "is required");
            }
            return Optional.empty();
        }
        String value = raw.strip();
        return Optional.of(switch (type) {
            case NUMBER -> number(value);
            case ENUM -> new AttributeValue.Choice(allowed(value));
            case BOOLEAN -> new AttributeValue.Flag(flag(value));
            case TEXT -> new AttributeValue.Text(value);
            case LIST -> new AttributeValue.Choices(Arrays.stream(value.split("[|;]"))
                    .map(String::strip).filter(s -> !s.isEmpty()).map(this::allowed).distinct().toList());
        });
    }

    private AttributeValue number(String value) {
        if (dimension == null) {
            BigDecimal plain;
            try {
                plain = new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw invalid(Reason.NOT_A_NUMBER, "'" + value + "' is not a number");
            }
            return new AttributeValue.Number(null, inRange(plain, value));
        }
        if (value.matches("[-+]?\\d+(?:[.,]\\d+)?")) {
            throw invalid(Reason.MISSING_UNIT, "'" + value + "' has no unit; write it like '" + value + " " + displayUnit.symbol() + "'");
        }
        Quantity quantity;
        try {
            quantity = Quantity.parse(value);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage().startsWith("unknown unit") ? Reason.UNKNOWN_UNIT : Reason.NOT_A_NUMBER, e.getMessage());
        }
        if (quantity.dimension() != dimension) {
            throw invalid(Reason.WRONG_DIMENSION, "'" + value + "' measures " + name(quantity.dimension())
                    + ", not " + name(dimension));
        }
        return new AttributeValue.Number(quantity, inRange(quantity.canonicalValue(), value));
    }

    private BigDecimal inRange(BigDecimal canonical, String value) {
        if ((min != null && canonical.compareTo(min) < 0) || (max != null && canonical.compareTo(max) > 0)) {
            throw invalid(Reason.OUT_OF_RANGE, "'" + value + "' is outside " + range());
        }
        return canonical;
    }

    private String range() {
        String unit = dimension == null ? "" : " " + dimension.canonicalUnit().symbol();
        if (min != null && max != null) {
            return min.toPlainString() + "–" + max.toPlainString() + unit;
        }
        return min != null ? "≥ " + min.toPlainString() + unit : "≤ " + max.toPlainString() + unit;
    }

    private String allowed(String value) {
        return allowedValues.stream().filter(a -> a.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> invalid(Reason.NOT_ALLOWED, "'" + value + "' is not one of "
                        + allowedValues.stream().sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "))));
    }

    private boolean flag(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return true;
        }
        if (FALSE.contains(lower)) {
            return false;
        }
        throw invalid(Reason.NOT_A_BOOLEAN, "'" + value + "' is not yes/no or true/false");
    }

    private InvalidAttributeValueException invalid(Reason reason, String message) {
        return new InvalidAttributeValueException(key, reason, message);
    }

    private static String name(Dimension dimension) {
        return dimension.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The allowed values in a stable order, for forms and facets. */
    public List<String> sortedAllowedValues() {
        return allowedValues.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
