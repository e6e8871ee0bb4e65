package com.concierge.measurement.internal.intents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** An order came (at least partly) from a conversation. */
@Entity
@Table(name = "measurement_order_conversation")
public class OrderConversation extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "order_id") UUID order, @Column(name = "conversation_id") UUID conversation) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    static OrderConversation of(UUID order, UUID conversation) {
        OrderConversation link = new OrderConversation();
        link.key = new Key(order, conversation);
        return link;
    }
}
