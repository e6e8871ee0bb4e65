package com.concierge.catalog.api.policies;

import java.util.Objects;

/**
 * The manufacturer's or store's warranty.
 *
 * @param id       stable id
 * @param scope    what it applies to
 * @param months   length from delivery
 * @param coverage what it covers, in words ("motor and parts; not wear of blades")
 */
public record WarrantyPolicy(String id, PolicyScope scope, int months, String coverage) {

    public WarrantyPolicy {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a warranty policy needs an id");
        }
        Objects.requireNonNull(scope, "scope");
        if (months < 0) {
            throw new IllegalArgumentException("warranty policy " + id + ": months must not be negative");
        }
        coverage = coverage == null ? "" : coverage.strip();
    }
}
