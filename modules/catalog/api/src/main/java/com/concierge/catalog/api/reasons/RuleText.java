package com.concierge.catalog.api.reasons;

import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.Quantity;
import com.concierge.catalog.api.attributes.Unit;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reason rules as merchandisers write them: {@code {"code": "quiet", "label": "Quiet",
 * "condition": {"op": "at_most", "attribute": "noise", "value": "60 dB"}}}. Numbers are quantities
 * in any unit of the attribute's dimension, or plain numbers in its display unit; ops are
 * {@code at_most}, {@code at_least}, {@code lowest_percent}, {@code highest_percent}, {@code is},
 * {@code one_of}, {@code all_of}. The console writes a condition as one line instead
 * ({@link #line(Cond)}, {@link #readLine(String)}): {@code noise at most 60 dB},
 * {@code power at least 1200 W}, {@code noise lowest 25%}, {@code capacity highest 10%},
 * {@code dishwasher_safe is yes}, {@code jar_material one of Tritan, stainless steel}, and several
 * joined by {@code and} for all of them.
 */
public final class RuleText {

    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE = Pattern.compile(
            "(?i)\\s*([a-z][a-z0-9_]*)\\s+(at most|at least|lowest|highest|is|one of)\\s+(.+?)\\s*");

    private RuleText() {
    }

    /** One rule as text. */
    public record Rule(String code, String label, Cond condition) {

        /** The condition as one line ("noise at most 60 dB"). */
        public String line() {
            return condition == null ? "" : RuleText.line(condition);
        }
    }

    /** A condition as text; which fields matter depends on {@code op}. */
    public record Cond(String op, String attribute, String value, List<String> values, Integer percent, List<Cond> conditions) {
    }

    /**
     * @param schema the category's attributes, to convert units and check names
     * @throws IllegalArgumentException naming the rule and what is wrong with it
     */
    public static ReasonRule parse(Rule rule, Collection<AttributeDefinition> schema) {
        if (rule == null || rule.condition() == null) {
            throw new IllegalArgumentException("every rule needs a code and a condition");
        }
        Map<String, AttributeDefinition> byKey = schema.stream().collect(Collectors.toMap(AttributeDefinition::key, Function.identity()));
        return new ReasonRule(rule.code(), rule.label(), condition(rule.code(), rule.condition(), byKey));
    }

    private static Condition condition(String code, Cond cond, Map<String, AttributeDefinition> schema) {
        String op = cond.op() == null ? "" : cond.op().strip().toLowerCase(Locale.ROOT);
        return switch (op) {
            case "at_most" -> new Condition.AtMost(cond.attribute(), number(code, cond, schema));
            case "at_least" -> new Condition.AtLeast(cond.attribute(), number(code, cond, schema));
            case "lowest_percent" -> new Condition.InLowestPercent(cond.attribute(), percent(code, cond));
            case "highest_percent" -> new Condition.InHighestPercent(cond.attribute(), percent(code, cond));
            case "is" -> new Condition.Is(cond.attribute(), flag(code, cond));
            case "one_of" -> {
                if (cond.values() == null || cond.values().isEmpty()) {
                    throw new IllegalArgumentException("rule " + code + ": one_of needs values");
                }
                yield new Condition.OneOf(cond.attribute(), Set.copyOf(cond.values()));
            }
            case "all_of" -> {
                if (cond.conditions() == null || cond.conditions().isEmpty()) {
                    throw new IllegalArgumentException("rule " + code + ": all_of needs conditions");
                }
                yield new Condition.AllOf(cond.conditions().stream().map(c -> condition(code, c, schema)).toList());
            }
            default -> throw new IllegalArgumentException("rule " + code + ": op '" + cond.op()
                    + "' is not one of at_most, at_least, lowest_percent, highest_percent, is, one_of, all_of");
        };
    }

    private static BigDecimal number(String code, Cond cond, Map<String, AttributeDefinition> schema) {
        AttributeDefinition definition = schema.get(cond.attribute());
        if (definition == null || definition.type() != AttributeType.NUMBER) {
            throw new IllegalArgumentException("rule " + code + ": '" + cond.attribute() + "' is not a number attribute of this category");
        }
        if (cond.value() == null || cond.value().isBlank()) {
            throw new IllegalArgumentException("rule " + code + ": " + cond.op() + " needs a value, e.g. \"60 dB\"");
        }
        String value = cond.value().strip();
        try {
            if (value.matches("[-+]?\\d+(?:\\.\\d+)?")) {
                BigDecimal plain = new BigDecimal(value);
                return definition.displayUnit() == null ? plain : definition.displayUnit().toCanonical(plain);
            }
            Quantity quantity = Quantity.parse(value);
            if (quantity.dimension() != definition.dimension()) {
                throw new IllegalArgumentException("rule " + code + ": " + value + " does not measure " + definition.label().toLowerCase(Locale.ROOT));
            }
            return quantity.canonicalValue();
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("rule ") ? e : new IllegalArgumentException("rule " + code + ": " + e.getMessage());
        }
    }

    private static int percent(String code, Cond cond) {
        if (cond.percent() == null) {
            throw new IllegalArgumentException("rule " + code + ": " + cond.op() + " needs a percent (1–99)");
        }
        return cond.percent();
    }

    private static boolean flag(String code, Cond cond) {
        String value = cond.value() == null ? "yes" : cond.value().strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new IllegalArgumentException("rule " + code + ": is needs yes or no, not " + cond.value());
        };
    }

    /**
     * A condition written as one line (see the class comment).
     *
     * @throws IllegalArgumentException saying how a line is written, when it is not
     */
    public static Cond readLine(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("write a condition, such as \"noise at most 60 dB\"");
        }
        String[] parts = AND.split(text.strip());
        if (parts.length > 1) {
            List<Cond> all = Arrays.stream(parts).map(RuleText::readOne).toList();
            return new Cond("all_of", null, null, null, null, all);
        }
        return readOne(parts[0]);
    }

    private static Cond readOne(String text) {
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a condition: write an attribute key, then at most, at least, "
                    + "lowest, highest, is or one of, then the value (\"noise at most 60 dB\", \"noise lowest 25%\", \"dishwasher_safe is yes\", "
                    + "\"jar_material one of Tritan, glass\")");
        }
        String attribute = m.group(1).toLowerCase(Locale.ROOT);
        String value = m.group(3);
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "at most" -> new Cond("at_most", attribute, value, null, null, null);
            case "at least" -> new Cond("at_least", attribute, value, null, null, null);
            case "lowest", "highest" -> {
                Matcher percent = Pattern.compile("(\\d{1,2})\\s*%").matcher(value);
                if (!percent.matches()) {
                    throw new IllegalArgumentException("'" + text.strip() + "': " + m.group(2) + " takes a percent from 1 to 99, such as 25%");
                }
                yield new Cond(m.group(2).equalsIgnoreCase("lowest") ? "lowest_percent" : "highest_percent", attribute, null, null,
                        Integer.valueOf(percent.group(1)), null);
            }
            case "is" -> new Cond("is", attribute, value, null, null, null);
            default -> new Cond("one_of", attribute, null,
                    Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList(), null, null);
        };
    }

    /** A condition as one line, the inverse of {@link #readLine(String)}. */
    public static String line(Cond cond) {
        String op = cond.op() == null ? "" : cond.op();
        return switch (op) {
            case "at_most" -> cond.attribute() + " at most " + cond.value();
            case "at_least" -> cond.attribute() + " at least " + cond.value();
            case "lowest_percent" -> cond.attribute() + " lowest " + cond.percent() + "%";
            case "highest_percent" -> cond.attribute() + " highest " + cond.percent() + "%";
            case "is" -> cond.attribute() + " is " + cond.value();
            case "one_of" -> cond.attribute() + " one of " + String.join(", ", cond.values());
            case "all_of" -> cond.conditions().stream().map(RuleText::line).collect(Collectors.joining(" and "));
            default -> op;
        };
    }

    /** A rule back to text, numbers in the attribute's display unit (or canonical when {@code canonical}). */
    public static Rule format(ReasonRule rule, Collection<AttributeDefinition> schema, boolean canonical) {
        Map<String, AttributeDefinition> byKey = schema.stream().collect(Collectors.toMap(AttributeDefinition::key, Function.identity()));
        return new Rule(rule.code(), rule.label(), format(rule.condition(), byKey, canonical));
    }

    private static Cond format(Condition condition, Map<String, AttributeDefinition> schema, boolean canonical) {
        return switch (condition) {
            case Condition.AtMost c -> new Cond("at_most", c.attribute(), quantity(c.attribute(), c.max(), schema, canonical), null, null, null);
            case Condition.AtLeast c -> new Cond("at_least", c.attribute(), quantity(c.attribute(), c.min(), schema, canonical), null, null, null);
            case Condition.InLowestPercent c -> new Cond("lowest_percent", c.attribute(), null, null, c.percent(), null);
            case Condition.InHighestPercent c -> new Cond("highest_percent", c.attribute(), null, null, c.percent(), null);
            case Condition.Is c -> new Cond("is", c.attribute(), c.value() ? "yes" : "no", null, null, null);
            case Condition.OneOf c -> new Cond("one_of", c.attribute(), null, c.values().stream().sorted().toList(), null, null);
            case Condition.AllOf c -> new Cond("all_of", null, null, null, null, c.conditions().stream().map(p -> format(p, schema, canonical)).toList());
        };
    }

    private static String quantity(String attribute, BigDecimal canonicalValue, Map<String, AttributeDefinition> schema, boolean canonical) {
        AttributeDefinition definition = schema.get(attribute);
        if (definition == null || definition.dimension() == null) {
            return canonicalValue.stripTrailingZeros().toPlainString();
        }
        Unit unit = canonical ? definition.dimension().canonicalUnit() : definition.displayUnit();
        return unit.fromCanonical(canonicalValue).stripTrailingZeros().toPlainString() + " " + unit.symbol();
    }
}
