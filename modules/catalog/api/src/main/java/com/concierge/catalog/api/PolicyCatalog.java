package com.concierge.catalog.api;

import com.concierge.catalog.api.policies.ItemPolicies;
import com.concierge.catalog.api.policies.Policies;
import com.concierge.catalog.api.policies.ReturnPolicy;
import com.concierge.catalog.api.policies.ShippingPolicy;
import com.concierge.catalog.api.policies.WarrantyPolicy;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Return, warranty and shipping policies as data, and the answers they give for one item
 * (docs/catalog.md#policies). The console's policies page talks to this.
 * Part of {@link Catalog}.
 */
public interface PolicyCatalog {

    /** Every return, warranty and shipping policy. */
    Policies policies();

    /** Adds or replaces a policy by id (ids are unique across kinds). */
    void putPolicy(ReturnPolicy policy);

    void putPolicy(WarrantyPolicy policy);

    void putPolicy(ShippingPolicy policy);

    /** Removes a policy; false when there was none. */
    boolean deletePolicy(String id);

    /**
     * May this product be returned, is it under warranty, does it ship: the one evaluation every
     * surface uses, each answer citing its policy.
     *
     * @throws java.util.NoSuchElementException when the product does not exist
     */
    ItemPolicies policiesFor(UUID product, String region, LocalDate deliveredOn, boolean opened, LocalDate askedOn);

    /**
     * Does a product of {@code category} ship to {@code region}: the shipping answer of
     * {@link #policiesFor}, without reading the product (checkout asks it for every cart line).
     */
    com.concierge.catalog.api.policies.PolicyAnswer shippingFor(UUID product, String category, String region);

    /** The shipping policy with this id, if there is one (how fast it ships). */
    Optional<ShippingPolicy> shippingPolicy(String id);
}
