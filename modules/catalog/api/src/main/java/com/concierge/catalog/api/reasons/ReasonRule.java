package com.concierge.catalog.api.reasons;

import java.util.Objects;

/**
 * One reason code and the condition that earns it.
 *
 * @param code      lower-case key ("quiet", "easy_to_clean")
 * @param label     for people ("Quiet")
 * @param condition what a product must satisfy
 */
public record ReasonRule(String code, String label, Condition condition) {

    public ReasonRule {
        if (code == null || !code.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("reason code '" + code + "' must be lower-case letters, digits and '_'");
        }
        label = label == null || label.isBlank() ? code : label.strip();
        Objects.requireNonNull(condition, "condition");
    }
}
