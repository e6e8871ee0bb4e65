package com.concierge.catalog.api.attributes;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A unit of measure with its exact factor to the canonical unit of its dimension. Factors are the
 * legal definitions (1 in = 25.4 mm, 1 lb = 453.59237 g, 1 US qt = 946.352946 ml), so conversions
 * between metric and US customary units are exact decimals; only temperature (an offset and a
 * 5/9 ratio) is rounded, to {@value #SCALE} decimals.
 */
public enum Unit {
    MILLIMETRE(Dimension.LENGTH, "mm", "1", "millimeter", "millimeters", "millimetre", "millimetres"),
    CENTIMETRE(Dimension.LENGTH, "cm", "10", "centimeter", "centimeters", "centimetre", "centimetres"),
    METRE(Dimension.LENGTH, "m", "1000", "meter", "meters", "metre", "metres"),
    INCH(Dimension.LENGTH, "in", "25.4", "inch", "inches", "\"", "″"),
    FOOT(Dimension.LENGTH, "ft", "304.8", "foot", "feet", "'", "′"),

    GRAM(Dimension.MASS, "g", "1", "gram", "grams", "gramme", "grammes"),
    KILOGRAM(Dimension.MASS, "kg", "1000", "kilogram", "kilograms", "kilo", "kilos", "kgs"),
    OUNCE(Dimension.MASS, "oz", "28.349523125", "ounce", "ounces"),
    POUND(Dimension.MASS, "lb", "453.59237", "lbs", "pound", "pounds"),

    MILLILITRE(Dimension.VOLUME, "ml", "1", "mL", "milliliter", "milliliters", "millilitre", "millilitres"),
    LITRE(Dimension.VOLUME, "L", "1000", "l", "liter", "liters", "litre", "litres", "ltr"),
    FLUID_OUNCE(Dimension.VOLUME, "fl oz", "29.5735295625", "fl. oz", "fl. oz.", "floz", "fluid ounce", "fluid ounces"),
    CUP(Dimension.VOLUME, "cup", "236.5882365", "cups"),
    QUART(Dimension.VOLUME, "qt", "946.352946", "quart", "quarts", "qts"),
    GALLON(Dimension.VOLUME, "gal", "3785.411784", "gallon", "gallons"),

    WATT(Dimension.POWER, "W", "1", "watt", "watts", "w"),
    KILOWATT(Dimension.POWER, "kW", "1000", "kilowatt", "kilowatts", "kw"),

    DECIBEL(Dimension.SOUND_LEVEL, "dB", "1", "db", "dBA", "dB(A)", "decibel", "decibels"),

    CELSIUS(Dimension.TEMPERATURE, "°C", "1", "C", "degC", "celsius", "degrees celsius", "º C", "° C", "degree celsius", "degrees c",
            "degree c", "deg c", "centigrade", "degrees centigrade"),
    FAHRENHEIT(Dimension.TEMPERATURE, "°F", null, "F", "degF", "fahrenheit", "degrees fahrenheit", "º F", "° F", "degree fahrenheit",
            "degrees f", "degree f", "deg f"),

    SECOND(Dimension.DURATION, "s", "1", "sec", "secs", "second", "seconds"),
    MINUTE(Dimension.DURATION, "min", "60", "mins", "minute", "minutes"),
    HOUR(Dimension.DURATION, "h", "3600", "hr", "hrs", "hour", "hours"),

    MILLIAMPERE_HOUR(Dimension.ELECTRIC_CHARGE, "mAh", "1", "mah", "milliamp hours", "milliampere hours"),

    KILOMETRE_PER_HOUR(Dimension.SPEED, "km/h", "1", "kph", "kmh"),
    MILE_PER_HOUR(Dimension.SPEED, "mph", "1.609344", "mi/h"),

    HERTZ(Dimension.FREQUENCY, "Hz", "1", "hz", "hertz"),
    KILOHERTZ(Dimension.FREQUENCY, "kHz", "1000", "khz", "kilohertz");

    /** Decimals kept where a conversion is not exact (temperature). */
    public static final int SCALE = 6;

    private static final BigDecimal FAHRENHEIT_OFFSET = new BigDecimal("32");
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal NINE = BigDecimal.valueOf(9);
    private static final Map<String, Unit> BY_NAME = new HashMap<>();

    static {
        for (Unit unit : values()) {
            register(unit.symbol, unit);
            for (String alias : unit.aliases) {
                register(alias, unit);
            }
        }
    }

    private final Dimension dimension;
    private final String symbol;
    private final BigDecimal factor;
    private final List<String> aliases;

    Unit(Dimension dimension, String symbol, String factor, String... aliases) {
        this.dimension = dimension;
        this.symbol = symbol;
        this.factor = factor == null ? null : new BigDecimal(factor);
        this.aliases = List.of(aliases);
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The symbol values are shown with, e.g. {@code "dB"}, {@code "°F"}. */
    public String symbol() {
        return symbol;
    }

    /** The symbol and every word or spelling {@link #parse} reads as this unit. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(symbol);
        names.addAll(aliases);
        return List.copyOf(names);
    }

    public boolean isCanonical() {
        return factor != null && factor.compareTo(BigDecimal.ONE) == 0;
    }

    /**
     * The unit a symbol or word names ("L", "liters", "lbs", "°F", "inches", "fl oz"): the exact
     * spelling first, then ignoring case, so "mL" and "ml" are both millilitres and "KG" is kilograms.
     */
    public static Optional<Unit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = normalizeName(text);
        Unit exact = BY_NAME.get(key);
        return Optional.ofNullable(exact != null ? exact : BY_NAME.get(key.toLowerCase(Locale.ROOT)));
    }

    /** {@code value} in this unit, expressed in the canonical unit of the dimension. */
    public BigDecimal toCanonical(BigDecimal value) {
        if (this == FAHRENHEIT) {
            return value.subtract(FAHRENHEIT_OFFSET).multiply(FIVE).divide(NINE, SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
        }
        return value.multiply(factor).stripTrailingZeros();
    }

    /** A canonical value of the dimension, expressed in this unit. */
    public BigDecimal fromCanonical(BigDecimal canonical) {
        if (this == FAHRENHEIT) {
            return canonical.multiply(NINE).divide(FIVE, MathContext.DECIMAL128).add(FAHRENHEIT_OFFSET)
                    .setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
        }
        BigDecimal exact = canonical.divide(factor, MathContext.DECIMAL128);
        return exact.scale() > SCALE + 6 ? exact.setScale(SCALE + 6, RoundingMode.HALF_EVEN).stripTrailingZeros() : exact.stripTrailingZeros();
    }

    private static void register(String name, Unit unit) {
        Unit clash = BY_NAME.put(normalizeName(name), unit);
        if (clash != null && clash != unit) {
            throw new IllegalStateException(name + " names both " + clash + " and " + unit);
        }
        BY_NAME.putIfAbsent(normalizeName(name).toLowerCase(Locale.ROOT), unit);
    }

    private static String normalizeName(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
