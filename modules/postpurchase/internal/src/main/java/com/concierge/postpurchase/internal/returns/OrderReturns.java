package com.concierge.postpurchase.internal.returns;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One row per order that has returns. A request locks it, so two requests for the same order are
 * checked one after the other and cannot return the same unit twice (on PostgreSQL and H2).
 */
@Entity
@Table(name = "postpurchase_order")
public class OrderReturns extends PanacheEntityBase {

    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "first_return_at", nullable = false)
    public Instant firstReturnAt;
}
