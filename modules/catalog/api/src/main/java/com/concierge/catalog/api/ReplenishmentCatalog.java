package com.concierge.catalog.api;

import com.concierge.catalog.api.replenishment.ReplenishmentInterval;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Replenishment intervals of consumables (docs/postpurchase.md#replenishment). Part of {@link Catalog}.
 */
public interface ReplenishmentCatalog {

    List<ReplenishmentInterval> replenishmentIntervals();

    /**
     * The interval for a product: one naming the product wins over one of its category.
     *
     * @throws java.util.NoSuchElementException when the product does not exist
     */
    Optional<ReplenishmentInterval> replenishmentFor(UUID product);

    /**
     * Adds or replaces an interval by id.
     *
     * @throws IllegalArgumentException naming an unknown category or product
     */
    ReplenishmentInterval putReplenishment(ReplenishmentInterval interval);

    boolean deleteReplenishment(String id);
}
