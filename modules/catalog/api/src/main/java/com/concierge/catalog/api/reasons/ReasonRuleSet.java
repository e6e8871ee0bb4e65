package com.concierge.catalog.api.reasons;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reason-code rules of one category at one version. A change is a new version, never an edit,
 * so every label can say which rules produced it.
 *
 * @param category  category key
 * @param version   1, 2, ...
 * @param rules     at most one rule per code
 * @param changedBy who made this version
 * @param changedAt when
 * @param note      why, in the merchandiser's words
 */
public record ReasonRuleSet(String category, int version, List<ReasonRule> rules, String changedBy, Instant changedAt, String note) {

    public ReasonRuleSet {
        if (version < 1) {
            throw new IllegalArgumentException("rule set versions start at 1");
        }
        rules = List.copyOf(rules);
        Set<String> codes = new HashSet<>();
        for (ReasonRule rule : rules) {
            if (!codes.add(rule.code())) {
                throw new IllegalArgumentException("category " + category + " v" + version + " has two rules for '" + rule.code() + "'");
            }
        }
    }

    /** The next version with {@code rules}, by {@code who}, for {@code why}. */
    public ReasonRuleSet next(List<ReasonRule> rules, String who, Instant when, String why) {
        return new ReasonRuleSet(category, version + 1, rules, who, when, why);
    }
}
