package com.concierge.measurement.internal.intents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One order as measurement sees it: value, attribution, attachment and what happened after. */
@Entity
@Table(name = "measurement_order")
public class OrderFacts extends PanacheEntityBase {

    @Id
    @Column(name = "order_id")
    public UUID orderId;
    public String owner;
    @Column(name = "placed_at")
    public Instant placedAt;
    public String category;
    public String currency;
    @Column(name = "total_minor")
    public long totalMinor;
    public boolean assisted;
    @Column(name = "line_count")
    public int lineCount;
    public boolean attached;
    public String conversations;
    public String skus;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "refunded_minor")
    public long refundedMinor;
    @Column(name = "returned_at")
    public Instant returnedAt;
    @Column(name = "return_reason")
    public String returnReason;
}
