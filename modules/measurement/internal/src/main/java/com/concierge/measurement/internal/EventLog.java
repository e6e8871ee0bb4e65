package com.concierge.measurement.internal;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.checkout.api.events.CartLineAdded;
import com.concierge.checkout.api.events.OrderCancelled;
import com.concierge.checkout.api.events.OrderPaid;
import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.checkout.api.events.OrderDelivered;
import com.concierge.checkout.api.events.OrderRefunded;
import com.concierge.postpurchase.api.events.RefundIssued;
import com.concierge.postpurchase.api.events.ReturnReceived;
import com.concierge.postpurchase.api.events.ReturnRequested;
import com.concierge.kernel.events.IntegrationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Appends events to {@code measurement_event_log}, one row per event id, with one statement on
 * PostgreSQL and a select plus a batched insert elsewhere (the table's key is an identity column,
 * which Hibernate would insert one row at a time). Each row names the shopper,
 * conversation and order it is about, where the event says, so erasure finds it by index.
 */
@ApplicationScoped
class EventLog {

    private static final String INSERT = "INSERT INTO measurement_event_log "
            + "(event_id, event_type, occurred_at, received_at, payload, owner, conversation_id, order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ARRAYS = "INSERT INTO measurement_event_log "
            + "(received_at, event_id, event_type, occurred_at, payload, owner, conversation_id, order_id) "
            + "SELECT ?, e.id, e.type, CAST(e.occurred AS timestamptz), e.payload, e.owner, e.conversation, e.order_id "
            + "FROM unnest(?, ?, ?, ?, ?, ?, ?) AS e(id, type, occurred, payload, owner, conversation, order_id) "
            + "ON CONFLICT (event_id) DO NOTHING RETURNING event_id";

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
                case AssistantTurnTaken t -> new Subject(t.owner(), t.conversationId(), null);
                case ShopperInteracted i -> new Subject(null, i.conversationId(), null);
                case CartLineAdded a -> new Subject(a.owner(), a.conversationId(), null);
                case OrderPlaced o -> new Subject(o.owner(), o.conversations().isEmpty() ? null : o.conversations().get(0), o.orderId());
                case OrderPaid o -> new Subject(null, null, o.orderId());
                case OrderCancelled o -> new Subject(null, null, o.orderId());
                case OrderRefunded o -> new Subject(null, null, o.orderId());
                case OrderDelivered o -> new Subject(null, null, o.orderId());
                case ReturnRequested r -> new Subject(null, null, r.orderId());
                case ReturnReceived r -> new Subject(null, null, r.orderId());
                case RefundIssued r -> new Subject(null, null, r.orderId());
                default -> new Subject(null, null, null);
            };
        }
    }

    /**
     * Appends the events whose ids the log does not hold yet and returns those, in the order given
     * (an id twice in the list counts once). The log's unique event id is the intake's only
     * de-duplication (ADR 0013).
     */
    List<IntegrationEvent> appendNew(List<ReadEvent> events, Instant receivedAt) {
        Map<UUID, ReadEvent> distinct = new LinkedHashMap<>();
        events.forEach(e -> distinct.putIfAbsent(e.event().eventId(), e));
        if (distinct.isEmpty()) {
            return List.of();
        }
        entityManager.flush(); // rows Hibernate holds go first, in the order they happened
        OffsetDateTime received = OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
        Set<UUID> fresh = new HashSet<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                fresh.addAll(insertOnPostgres(connection, distinct.values(), received));
            } else {
                fresh.addAll(insertUnseen(connection, distinct, received));
            }
        });
        return distinct.values().stream().map(ReadEvent::event).filter(e -> fresh.contains(e.eventId())).toList();
    }

    /**
     * One statement for the whole list: columns go in as arrays, the rows whose id is there already
     * are skipped (a concurrent duplicate waits for the other transaction and is skipped too), and
     * the ids written come back.
     */
    private Set<UUID> insertOnPostgres(Connection connection, Collection<ReadEvent> events, OffsetDateTime received)
            throws SQLException {
        ColumnArrays rows = new ColumnArrays(events.size(), "uuid", "text", "text", "text", "text", "uuid", "uuid");
        for (ReadEvent read : events) {
            IntegrationEvent event = read.event();
            Subject subject = Subject.of(event);
            rows.add(event.eventId(), event.getClass().getSimpleName(), event.occurredAt(), payload(read), subject.owner(),
                    subject.conversation(), subject.order());
        }
        return rows.insertReturning(connection, INSERT_ARRAYS, row -> row.getObject(1, UUID.class), received);
    }

    /** The payload text as it was read, or the event written as JSON when there is none. */
    private String payload(ReadEvent read) {
        return read.payload() != null ? read.payload() : json.write(read.event());
    }

    /** Elsewhere (H2): the ids already logged, in IN lists, then one batch for the others. */
    private Set<UUID> insertUnseen(Connection connection, Map<UUID, ReadEvent> distinct, OffsetDateTime received) throws SQLException {
        Set<UUID> unseen = new LinkedHashSet<>(distinct.keySet());
        Rows.eachIn(connection, "SELECT event_id FROM measurement_event_log WHERE event_id IN ", distinct.keySet(),
                row -> unseen.remove(row.getObject(1, UUID.class)));
        if (unseen.isEmpty()) {
            return unseen;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (UUID id : unseen) {
                ReadEvent read = distinct.get(id);
                IntegrationEvent event = read.event();
                Subject subject = Subject.of(event);
                insert.setObject(1, event.eventId());
                insert.setString(2, event.getClass().getSimpleName());
                insert.setObject(3, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
                insert.setObject(4, received);
                insert.setString(5, payload(read));
                insert.setString(6, subject.owner());
                insert.setObject(7, subject.conversation(), Types.OTHER);
                insert.setObject(8, subject.order(), Types.OTHER);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return unseen;
    }
}
