package com.concierge.catalog.api.policies;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The item a policy question is about.
 *
 * @param product     product id
 * @param category    the product's category key
 * @param region      where it was delivered ("US")
 * @param deliveredOn delivery date; windows count from it
 * @param opened      whether the shopper opened or used it
 */
public record ItemContext(UUID product, String category, String region, LocalDate deliveredOn, boolean opened) {

    public ItemContext {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(region, "region");
        region = region.strip().toUpperCase(java.util.Locale.ROOT);
        Objects.requireNonNull(deliveredOn, "deliveredOn");
    }
}
