package com.concierge.catalog.api.reasons;

import java.time.Instant;
import java.util.List;

/**
 * One stored version of a category's reason rules, as it was written (numbers in the schema's
 * canonical units), for the version history: a later schema may no longer fit an old version.
 */
public record RuleVersion(String category, int version, String changedBy, Instant changedAt, String note, List<RuleText.Rule> rules) {

    public RuleVersion {
        rules = List.copyOf(rules);
    }
}
