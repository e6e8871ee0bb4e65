package com.concierge.catalog.internal.reasons;

import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.AttributeValue;
import com.concierge.catalog.api.attributes.Quantity;
import com.concierge.catalog.api.reasons.Condition;
import com.concierge.catalog.api.reasons.LabelChange;
import com.concierge.catalog.api.reasons.ReasonLabel;
import com.concierge.catalog.api.reasons.ReasonRule;
import com.concierge.catalog.api.reasons.ReasonRuleSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Computes the reason codes of a category's products from its rule set. Pure and deterministic:
 * the same rules and attribute values give the same labels in the same order, whatever order the
 * products come in, so a relabelling can be diffed and audited ({@link #diff}).
 */
public final class ReasonLabeler {

    private final String category;
    private final Map<String, AttributeDefinition> schema;

    /** @param schema the category's attribute definitions (units and labels for explanations) */
    public ReasonLabeler(String category, Collection<AttributeDefinition> schema) {
        this.category = category;
        this.schema = schema.stream().collect(Collectors.toMap(AttributeDefinition::key, d -> d));
    }

    /**
     * Labels {@code products} (id → attribute values) with the codes {@code rules} grant.
     *
     * @throws IllegalArgumentException when a rule names an attribute the schema lacks or uses it
     *                                  in a way its type does not allow
     */
    public List<ReasonLabel> label(ReasonRuleSet rules, Map<UUID, Map<String, AttributeValue>> products) {
        if (!rules.category().equals(category)) {
            throw new IllegalArgumentException("rules of " + rules.category() + " cannot label " + category);
        }
        rules.rules().forEach(rule -> validate(rule.code(), rule.condition()));
        Map<UUID, Map<String, AttributeValue>> ordered = new TreeMap<>(products);
        Percentiles percentiles = new Percentiles(ordered.values());
        List<ReasonLabel> labels = new ArrayList<>();
        ordered.forEach((product, values) -> rules.rules().stream()
                .sorted(Comparator.comparing(ReasonRule::code))
                .forEach(rule -> holds(rule.condition(), values, percentiles)
                        .ifPresent(because -> labels.add(new ReasonLabel(product, rule.code(), rules.version(), because)))));
        return List.copyOf(labels);
    }

    /** What changed for each product between two labellings: the audit trail of a rule change. */
    public static List<LabelChange> diff(List<ReasonLabel> before, List<ReasonLabel> after, int fromVersion, int toVersion) {
        Map<String, ReasonLabel> was = index(before);
        Map<String, ReasonLabel> now = index(after);
        List<LabelChange> changes = new ArrayList<>();
        now.forEach((key, label) -> {
            if (!was.containsKey(key)) {
                changes.add(new LabelChange(label.product(), label.code(), LabelChange.Kind.GAINED, fromVersion, toVersion, label.because()));
            }
        });
        was.forEach((key, label) -> {
            if (!now.containsKey(key)) {
                changes.add(new LabelChange(label.product(), label.code(), LabelChange.Kind.LOST, fromVersion, toVersion,
                        "no longer: " + label.because()));
            }
        });
        changes.sort(Comparator.comparing(LabelChange::product).thenComparing(LabelChange::code));
        return List.copyOf(changes);
    }

    private Optional<String> holds(Condition condition, Map<String, AttributeValue> values, Percentiles percentiles) {
        return switch (condition) {
            case Condition.AtMost c -> number(values, c.attribute())
                    .filter(v -> v.compareTo(c.max()) <= 0)
                    .map(v -> describe(c.attribute()) + " " + show(c.attribute(), v) + " ≤ " + show(c.attribute(), c.max()));
            case Condition.AtLeast c -> number(values, c.attribute())
                    .filter(v -> v.compareTo(c.min()) >= 0)
                    .map(v -> describe(c.attribute()) + " " + show(c.attribute(), v) + " ≥ " + show(c.attribute(), c.min()));
            case Condition.InLowestPercent c -> number(values, c.attribute()).flatMap(v -> percentiles.lowest(c.attribute(), c.percent())
                    .filter(limit -> v.compareTo(limit.value()) <= 0)
                    .map(limit -> describe(c.attribute()) + " " + show(c.attribute(), v) + " ≤ " + show(c.attribute(), limit.value())
                            + ", the lowest " + c.percent() + "% of " + limit.population() + " " + category + " stating it"));
            case Condition.InHighestPercent c -> number(values, c.attribute()).flatMap(v -> percentiles.highest(c.attribute(), c.percent())
                    .filter(limit -> v.compareTo(limit.value()) >= 0)
                    .map(limit -> describe(c.attribute()) + " " + show(c.attribute(), v) + " ≥ " + show(c.attribute(), limit.value())
                            + ", the highest " + c.percent() + "% of " + limit.population() + " " + category + " stating it"));
            case Condition.Is c -> values.get(c.attribute()) instanceof AttributeValue.Flag flag && flag.value() == c.value()
                    ? Optional.of(describe(c.attribute()) + ": " + (c.value() ? "yes" : "no"))
                    : Optional.empty();
            case Condition.OneOf c -> values.get(c.attribute()) instanceof AttributeValue.Choice choice
                    && c.values().stream().anyMatch(choice.value()::equalsIgnoreCase)
                    ? Optional.of(describe(c.attribute()) + ": " + choice.value())
                    : Optional.empty();
            case Condition.AllOf c -> {
                List<String> reasons = new ArrayList<>();
                for (Condition part : c.conditions()) {
                    Optional<String> reason = holds(part, values, percentiles);
                    if (reason.isEmpty()) {
                        yield Optional.empty();
                    }
                    reasons.add(reason.get());
                }
                yield Optional.of(String.join(" and ", reasons));
            }
        };
    }

    private void validate(String code, Condition condition) {
        switch (condition) {
            case Condition.AtMost c -> requireType(code, c.attribute(), AttributeType.NUMBER);
            case Condition.AtLeast c -> requireType(code, c.attribute(), AttributeType.NUMBER);
            case Condition.InLowestPercent c -> requireType(code, c.attribute(), AttributeType.NUMBER);
            case Condition.InHighestPercent c -> requireType(code, c.attribute(), AttributeType.NUMBER);
            case Condition.Is c -> requireType(code, c.attribute(), AttributeType.BOOLEAN);
            case Condition.OneOf c -> {
                AttributeDefinition definition = requireType(code, c.attribute(), AttributeType.ENUM);
                Set<String> unknown = c.values().stream()
                        .filter(v -> definition.allowedValues().stream().noneMatch(v::equalsIgnoreCase))
                        .collect(Collectors.toCollection(java.util.TreeSet::new));
                if (!unknown.isEmpty()) {
                    throw new IllegalArgumentException("rule " + code + ": " + c.attribute() + " never has the value(s) " + unknown);
                }
            }
            case Condition.AllOf c -> c.conditions().forEach(part -> validate(code, part));
        }
    }

    private AttributeDefinition requireType(String code, String attribute, AttributeType type) {
        AttributeDefinition definition = schema.get(attribute);
        if (definition == null) {
            throw new IllegalArgumentException("rule " + code + ": " + category + " has no attribute '" + attribute + "'");
        }
        if (definition.type() != type) {
            throw new IllegalArgumentException("rule " + code + ": " + attribute + " is " + definition.type() + ", not " + type);
        }
        return definition;
    }

    private static Optional<BigDecimal> number(Map<String, AttributeValue> values, String attribute) {
        return values.get(attribute) instanceof AttributeValue.Number number ? Optional.of(number.canonical()) : Optional.empty();
    }

    private String describe(String attribute) {
        return schema.get(attribute).label();
    }

    /** A canonical value in the attribute's display unit, e.g. 1892.705892 ml → "1.89 L". */
    private String show(String attribute, BigDecimal canonical) {
        AttributeDefinition definition = schema.get(attribute);
        if (definition.dimension() == null) {
            return plain(canonical);
        }
        Quantity shown = new Quantity(canonical, definition.dimension().canonicalUnit()).to(definition.displayUnit());
        return plain(shown.value()) + " " + definition.displayUnit().symbol();
    }

    private static String plain(BigDecimal value) {
        BigDecimal rounded = value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_EVEN) : value;
        return rounded.stripTrailingZeros().toPlainString();
    }

    private static Map<String, ReasonLabel> index(List<ReasonLabel> labels) {
        Map<String, ReasonLabel> byKey = new HashMap<>();
        labels.forEach(label -> byKey.put(label.product() + "/" + label.code(), label));
        return byKey;
    }

    /** Nearest-rank percentiles of each attribute over the products that state it. */
    private static final class Percentiles {

        record Limit(BigDecimal value, int population) {
        }

        private final Map<String, List<BigDecimal>> sorted = new HashMap<>();

        Percentiles(Collection<Map<String, AttributeValue>> products) {
            for (Map<String, AttributeValue> values : products) {
                values.forEach((attribute, value) -> {
                    if (value instanceof AttributeValue.Number number) {
                        sorted.computeIfAbsent(attribute, a -> new ArrayList<>()).add(number.canonical());
                    }
                });
            }
            sorted.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        }

        Optional<Limit> lowest(String attribute, int percent) {
            List<BigDecimal> values = sorted.getOrDefault(attribute, List.of());
            return values.isEmpty() ? Optional.empty()
                    : Optional.of(new Limit(values.get(rank(percent, values.size()) - 1), values.size()));
        }

        Optional<Limit> highest(String attribute, int percent) {
            List<BigDecimal> values = sorted.getOrDefault(attribute, List.of());
            return values.isEmpty() ? Optional.empty()
                    : Optional.of(new Limit(values.get(values.size() - rank(percent, values.size())), values.size()));
        }

        /** Nearest rank: the smallest rank whose share of the population reaches {@code percent}. */
        private static int rank(int percent, int population) {
            return Math.max(1, (int) Math.ceil(percent * population / 100.0));
        }
    }
}
