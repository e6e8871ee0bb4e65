package com.concierge.checkout.internal.cart;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Units of one SKU held for one cart. Status moves ACTIVE → CONSUMED (an order took them) or
 * ACTIVE → RELEASED (expired, cancelled, cart changed), each by a conditional update so that
 * only one of those can happen.
 */
@Entity
@Table(name = "checkout_reservation")
public class ReservationRecord extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";

    @Id
    public UUID id;

    @Column(name = "cart_id", nullable = false)
    public UUID cart;

    @Column(nullable = false)
    public String sku;

    @Column(nullable = false)
    public int quantity;

    @Column(nullable = false)
    public String status;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    /** The cart's holds that were neither consumed nor released (an expired one may be among them). */
    public static java.util.List<ReservationRecord> activeFor(UUID cart) {
        return list("cart = ?1 and status = ?2", cart, ACTIVE);
    }

    /**
     * Units the cart holds, by SKU (they count as available to it), also a hold that just expired
     * and was not released yet: its units are still set aside for this cart.
     */
    public static java.util.Map<String, Integer> heldBy(UUID cart) {
        return units(activeFor(cart));
    }

    /** Units by SKU of the given holds. */
    public static java.util.Map<String, Integer> units(java.util.List<ReservationRecord> holds) {
        java.util.Map<String, Integer> held = new java.util.LinkedHashMap<>();
        holds.forEach(r -> held.merge(r.sku, r.quantity, Integer::sum));
        return held;
    }
}
