package com.concierge.catalog.api.policies;

import java.util.List;
import java.util.Objects;

/**
 * Whether and how an item ships to a region.
 *
 * @param id           stable id ("ground-us")
 * @param scope        what it applies to
 * @param ships        false: the item does not ship there (an exclusion)
 * @param minDays      fastest delivery, business days
 * @param maxDays      slowest delivery, business days
 * @param restrictions constraints in words ("ground only: lithium-ion battery", "no PO boxes")
 */
public record ShippingPolicy(String id, PolicyScope scope, boolean ships, int minDays, int maxDays, List<String> restrictions) {

    public ShippingPolicy {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a shipping policy needs an id");
        }
        Objects.requireNonNull(scope, "scope");
        if (ships && (minDays < 0 || maxDays < minDays)) {
            throw new IllegalArgumentException("shipping policy " + id + ": delivery days must be 0 ≤ min ≤ max");
        }
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
    }
}
