package com.concierge.catalog.internal.demo;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.reasons.ReasonRule;
import java.util.List;

/** The demo rules of a category, parsed against its schema (for tests and tools outside this package). */
public final class DemoRulesAccess {

    private DemoRulesAccess() {
    }

    public static List<ReasonRule> rules(CategoryDefinition category) {
        return DemoRules.parsed(category.key(), category.attributes());
    }
}
