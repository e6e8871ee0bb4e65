package com.concierge.measurement.internal.intents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One message of a conversation, redacted, with its constraints and what it showed. */
@Entity
@Table(name = "measurement_turn")
public class TurnRow extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "conversation_id") UUID conversation, int turn) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String text;
    public String intent;
    public String category;
    @Column(name = "constraint_fields")
    public String constraintFields;
    @Column(name = "constraint_words")
    public String constraintWords;
    @Column(name = "uncovered_words")
    public String uncoveredWords;
    public String shown;
    public int relaxations;
    public Boolean answered;
    @Column(name = "refused_topic")
    public String refusedTopic;
}
