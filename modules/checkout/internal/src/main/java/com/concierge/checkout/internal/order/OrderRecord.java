package com.concierge.checkout.internal.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An order as stored; {@code payment} and {@code history} are JSON documents. */
@Entity
@Table(name = "checkout_order")
public class OrderRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "cart_id", nullable = false)
    public UUID cart;

    public String owner;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String currency;

    @Column(name = "subtotal_minor", nullable = false)
    public long subtotalMinor;

    @Column(name = "discount_minor", nullable = false)
    public long discountMinor;

    @Column(name = "shipping_minor", nullable = false)
    public long shippingMinor;

    @Column(name = "tax_minor", nullable = false)
    public long taxMinor;

    @Column(name = "total_minor", nullable = false)
    public long totalMinor;

    @Column(name = "refunded_minor", nullable = false)
    public long refundedMinor;

    @Column(nullable = false)
    public String region;

    @Column(name = "shipping_option", nullable = false)
    public String shippingOption;

    @Column(name = "discount_code")
    public String discountCode;

    @Column(nullable = false)
    public String payment;

    @Column(nullable = false)
    public boolean assisted;

    @Column(nullable = false)
    public String history;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    /** The parcel's carrier, once fulfilled with one. */
    public String carrier;

    @Column(name = "tracking_number")
    public String trackingNumber;

    @ElementCollection
    @CollectionTable(name = "checkout_order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    public List<Item> items = new ArrayList<>();

    /** One line as sold, with its attribution. */
    @Embeddable
    public static class Item {
        @Column(nullable = false)
        public String sku;

        @Column(name = "product_id", nullable = false)
        public UUID product;

        @Column(nullable = false)
        public String title;

        /** Options as JSON. */
        @Column(nullable = false)
        public String options;

        public String category;

        @Column(nullable = false)
        public int quantity;

        @Column(name = "unit_price_minor", nullable = false)
        public long unitPriceMinor;

        @Column(name = "conversation_id")
        public UUID conversation;

        @Column(name = "receipt_id")
        public UUID receipt;
    }
}
