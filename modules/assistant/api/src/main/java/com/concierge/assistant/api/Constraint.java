package com.concierge.assistant.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One thing the shopper asked for, shown as an editable chip.
 *
 * @param id       stable within the conversation ("price", "attr.noise", "option.color"): the chip's key
 * @param field    what it constrains: "category", "price", "brand", "rating", "attr.&lt;key&gt;",
 *                 "option.&lt;name&gt;" (a variant option such as colour), "reason" (a reason code),
 *                 "use" (a use case)
 * @param label    the field for people ("Noise at full speed")
 * @param operator how
 * @param value    the value for people ("150", "1.9–3.8", "black, white")
 * @param min      for numbers: the lower bound in {@code unit}, or null
 * @param max      for numbers: the upper bound in {@code unit}, or null
 * @param values   for choices: the values
 * @param unit     for numbers: the unit of min and max (a currency code for prices)
 * @param hard     true: every recommendation satisfies it; false: a preference that ranks
 * @param source   the shopper's words it came from
 * @param text     the chip as shown ("under $150", "noise ≤ 60 dB", "prefer quiet")
 */
public record Constraint(String id, String field, String label, Operator operator, String value, BigDecimal min,
                         BigDecimal max, List<String> values, String unit, boolean hard, String source, String text) {

    public Constraint {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public enum Operator {
        /** At most {@code max}. */
        AT_MOST,
        /** At least {@code min}. */
        AT_LEAST,
        /** Between {@code min} and {@code max}. */
        BETWEEN,
        /** One of {@code values}. */
        ANY_OF,
        /** None of {@code values}. */
        NONE_OF,
        /** Preferably has {@code values} (a reason code, a use case). */
        PREFER,
        /** The lower the better (quieter, lighter, cheaper). */
        PREFER_LESS,
        /** The higher the better (more powerful, longer battery). */
        PREFER_MORE
    }
}
