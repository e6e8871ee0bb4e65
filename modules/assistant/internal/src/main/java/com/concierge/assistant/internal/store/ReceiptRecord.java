package com.concierge.assistant.internal.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A decision receipt as shown; {@code body} is the {@link com.concierge.assistant.api.Receipt} as JSON. */
@Entity
@Table(name = "assistant_receipt")
public class ReceiptRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversation;

    @Column(nullable = false)
    public int turn;

    @Column(name = "product_id", nullable = false)
    public UUID product;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
