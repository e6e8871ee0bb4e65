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
}
