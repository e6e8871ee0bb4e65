package com.concierge.assistant.internal.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One answered message; {@code reply} is the {@link com.concierge.assistant.api.Turn} as JSON. */
@Entity
@Table(name = "assistant_turn")
public class TurnRecord extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String message;

    @Column(nullable = false)
    public String intent;

    @Column(nullable = false)
    public String reply;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embeddable
    public record Key(@Column(name = "conversation_id") UUID conversation, @Column(name = "number") int number) implements Serializable {
    }
}
