package com.concierge.catalog.api.inventory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Stock of sellable variants. The changing methods run in the caller's transaction (they fail
 * outside one) as single conditional updates: two buyers racing for the last unit cannot both get
 * it, on PostgreSQL or H2, and a rollback undoes the change with the rest of the caller's work.
 */
public interface Inventory {

    /** The variant with this SKU as it is now, or empty when no variant has it. */
    Optional<Sellable> sellable(String sku);

    /** The variants with these SKUs, by SKU; unknown SKUs are left out. One query. */
    Map<String, Sellable> sellable(Collection<String> skus);

    /**
     * Holds {@code quantity} units for a checkout in progress.
     *
     * @return false when fewer than {@code quantity} units are available (nothing is held then)
     */
    boolean reserve(String sku, int quantity);

    /** Gives back units a checkout held (expired or cancelled); never below zero. */
    void release(String sku, int quantity);

    /**
     * Sells {@code quantity} units: from the buyer's own reservation when {@code reserved}, else
     * from the available units.
     *
     * @return false when the units are not there (nothing changes then)
     */
    boolean take(String sku, int quantity, boolean reserved);

    /** Puts sold units back on hand (a cancelled order). */
    void putBack(String sku, int quantity);
}
