package com.concierge.assistant.internal.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A conversation; {@code state} is its {@link com.concierge.assistant.internal.session.SessionState} as JSON. */
@Entity
@Table(name = "assistant_conversation")
public class ConversationRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public int turns;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
