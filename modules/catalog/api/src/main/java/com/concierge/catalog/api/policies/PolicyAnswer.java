package com.concierge.catalog.api.policies;

import java.time.LocalDate;
import java.util.List;

/**
 * An answer with its reason and the policy it rests on, so any surface can cite it.
 *
 * @param allowed    yes or no
 * @param policyId   the policy that decided, null when none covers the item
 * @param lastDay    the last day the answer stays yes (return window or warranty end), if any
 * @param conditions what still applies (unopened only, restocking fee, written conditions)
 * @param why        one sentence for a person
 */
public record PolicyAnswer(boolean allowed, String policyId, LocalDate lastDay, List<String> conditions, String why) {

    public PolicyAnswer {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
