package com.concierge.postpurchase.internal.returns;

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

/** A return as stored; {@code history} is a JSON document. */
@Entity
@Table(name = "postpurchase_return")
public class ReturnRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    public String owner;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String reason;

    public String comment;

    @Column(nullable = false)
    public boolean opened;

    @Column(nullable = false)
    public String currency;

    @Column(name = "items_minor", nullable = false)
    public long itemsMinor;

    @Column(name = "fee_minor", nullable = false)
    public long feeMinor;

    @Column(name = "shipping_minor", nullable = false)
    public long shippingMinor;

    @Column(name = "quote_minor", nullable = false)
    public long quoteMinor;

    @Column(name = "refunded_minor", nullable = false)
    public long refundedMinor;

    public String carrier;

    @Column(name = "tracking_number")
    public String trackingNumber;

    public Boolean resellable;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public String history;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @ElementCollection
    @CollectionTable(name = "postpurchase_return_line", joinColumns = @JoinColumn(name = "return_id"))
    @OrderColumn(name = "position")
    public List<Item> items = new ArrayList<>();

    /** One returned SKU, with what it cost and the policy that allowed it. */
    @Embeddable
    public static class Item {
        @Column(nullable = false)
        public String sku;

        @Column(name = "product_id", nullable = false)
        public UUID product;

        @Column(nullable = false)
        public String title;

        public String category;

        @Column(nullable = false)
        public int quantity;

        @Column(name = "unit_price_minor", nullable = false)
        public long unitPriceMinor;

        @Column(name = "policy_id", nullable = false)
        public String policyId;

        @Column(name = "fee_percent", nullable = false)
        public int feePercent;

        @Column(name = "receipt_id")
        public UUID receipt;
    }
}
