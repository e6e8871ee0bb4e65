package com.concierge.measurement.internal.intents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Units added to a cart, with the conversation they came from. */
@Entity
@Table(name = "measurement_cart_add")
public class CartAddRow extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "cart_id")
    public UUID cart;
    public String owner;
    @Column(name = "conversation_id")
    public UUID conversation;
    @Column(name = "product_id")
    public UUID product;
    public String sku;
    public String category;
    public int quantity;
    @Column(name = "unit_price_minor")
    public long unitPriceMinor;
}
