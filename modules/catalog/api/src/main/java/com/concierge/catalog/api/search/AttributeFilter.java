package com.concierge.catalog.api.search;

import java.math.BigDecimal;
import java.util.Set;

/** A filter on one attribute of the category schema. */
public sealed interface AttributeFilter {

    /** A number between {@code min} and {@code max} (inclusive, in the canonical unit; either may be null). */
    record Range(BigDecimal min, BigDecimal max) implements AttributeFilter {
        public Range {
            if (min == null && max == null) {
                throw new IllegalArgumentException("a range needs a lower or an upper bound");
            }
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw new IllegalArgumentException("range " + min.toPlainString() + "–" + max.toPlainString() + " is empty");
            }
        }
    }

    /** One of these values (enums, lists; booleans as "yes" / "no"). */
    record AnyOf(Set<String> values) implements AttributeFilter {
        public AnyOf {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("a value filter needs at least one value");
            }
            values = Set.copyOf(values);
        }
    }
}
