package com.concierge.catalog.api.reasons;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** What a product's attributes must satisfy for a reason code. Thresholds are in canonical units. */
public sealed interface Condition {

    /** The attribute is at most {@code max} (e.g. noise ≤ 60 dB). */
    record AtMost(String attribute, BigDecimal max) implements Condition {
    }

    /** The attribute is at least {@code min} (e.g. battery ≥ 30 h). */
    record AtLeast(String attribute, BigDecimal min) implements Condition {
    }

    /**
     * Among the category's products that state the attribute, this one is in the lowest (or highest)
     * {@code percent} percent, by the nearest-rank percentile (e.g. quiet = noise ≤ 25th percentile).
     */
    record InLowestPercent(String attribute, int percent) implements Condition {
        public InLowestPercent {
            requirePercent(percent);
        }
    }

    record InHighestPercent(String attribute, int percent) implements Condition {
        public InHighestPercent {
            requirePercent(percent);
        }
    }

    /** A boolean attribute has this value (e.g. dishwasher_safe = yes). */
    record Is(String attribute, boolean value) implements Condition {
    }

    /** An enum attribute is one of these values. */
    record OneOf(String attribute, Set<String> values) implements Condition {
        public OneOf {
            values = Set.copyOf(values);
        }
    }

    /** Every condition holds. */
    record AllOf(List<Condition> conditions) implements Condition {
        public AllOf {
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("AllOf needs at least one condition");
            }
            conditions = List.copyOf(conditions);
        }
    }

    private static void requirePercent(int percent) {
        if (percent < 1 || percent > 99) {
            throw new IllegalArgumentException("a percentile threshold must be 1–99, not " + percent);
        }
    }
}
