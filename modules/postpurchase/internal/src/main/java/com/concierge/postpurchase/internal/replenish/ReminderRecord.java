package com.concierge.postpurchase.internal.replenish;

import com.concierge.postpurchase.api.Reminder;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A replenishment reminder a shopper asked for. */
@Entity
@Table(name = "postpurchase_reminder")
public class ReminderRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public UUID order;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    public String owner;

    @Column(name = "product_id", nullable = false)
    public UUID product;

    @Column(nullable = false)
    public String sku;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int quantity;

    @Column(nullable = false)
    public int days;

    @Column(nullable = false)
    public String advice;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reminder.Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(nullable = false)
    public int mails;

    Reminder view() {
        return new Reminder(id, order, orderNumber, product, sku, title, quantity, days, advice, dueAt, status, sentAt);
    }
}
