package com.concierge.measurement.internal;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.checkout.api.events.CartLineAdded;
import com.concierge.checkout.api.events.OrderCancelled;
import com.concierge.checkout.api.events.OrderPaid;
import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.checkout.api.events.OrderRefunded;
import com.concierge.kernel.events.IntegrationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Appends events to {@code measurement_event_log} with one batched insert (the table's key is an
 * identity column, which Hibernate would insert one row at a time). Each row names the shopper,
 * conversation and order it is about, where the event says, so erasure finds it by index.
 */
@ApplicationScoped
class EventLog {

    private static final String INSERT = "INSERT INTO measurement_event_log "
            + "(event_id, event_type, occurred_at, received_at, payload, owner, conversation_id, order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager entityManager;
    private final JsonColumns json;

    EventLog(EntityManager entityManager, JsonColumns json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** What an event is about, for erasure: any part may be null. */
    record Subject(String owner, UUID conversation, UUID order) {

        static Subject of(IntegrationEvent event) {
            return switch (event) {
                case AssistantTurnTaken t -> new Subject(null, t.conversationId(), null);
                case ShopperInteracted i -> new Subject(null, i.conversationId(), null);
                case CartLineAdded a -> new Subject(a.owner(), a.conversationId(), null);
                case OrderPlaced o -> new Subject(o.owner(), o.conversations().isEmpty() ? null : o.conversations().get(0), o.orderId());
                case OrderPaid o -> new Subject(null, null, o.orderId());
                case OrderCancelled o -> new Subject(null, null, o.orderId());
                case OrderRefunded o -> new Subject(null, null, o.orderId());
                default -> new Subject(null, null, null);
            };
        }
    }

    void append(List<? extends IntegrationEvent> events, Instant receivedAt) {
        if (events.isEmpty()) {
            return;
        }
        entityManager.flush(); // rows Hibernate holds go first, in the order they happened
        OffsetDateTime received = OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (IntegrationEvent event : events) {
                    Subject subject = Subject.of(event);
                    insert.setObject(1, event.eventId());
                    insert.setString(2, event.getClass().getSimpleName());
                    insert.setObject(3, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
                    insert.setObject(4, received);
                    insert.setString(5, json.write(event));
                    insert.setString(6, subject.owner());
                    if (subject.conversation() == null) {
                        insert.setNull(7, Types.OTHER);
                    } else {
                        insert.setObject(7, subject.conversation());
                    }
                    if (subject.order() == null) {
                        insert.setNull(8, Types.OTHER);
                    } else {
                        insert.setObject(8, subject.order());
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
