package com.concierge.kernel.internal.outbox;

import com.concierge.kernel.events.Inbox;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
class JdbcInbox implements Inbox {

    /** Ids per IN list. */
    private static final int CHUNK = 1000;

    private final EntityManager entityManager;

    JdbcInbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A concurrent duplicate that passes the check too fails on the primary key at insert, which
     * rolls the consumer's transaction back; the relay redelivers and the check then skips it.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        Number seen = (Number) entityManager.createNativeQuery(
                        "SELECT COUNT(*) FROM kernel_inbox WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, consumer).setParameter(2, eventId).getSingleResult();
        if (seen.longValue() > 0) {
            return false;
        }
        entityManager.createNativeQuery("INSERT INTO kernel_inbox (consumer, event_id, processed_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, consumer).setParameter(2, eventId).setParameter(3, Instant.now())
                .executeUpdate();
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(String consumer, Collection<UUID> eventIds) {
        Set<UUID> fresh = new LinkedHashSet<>(eventIds);
        List<UUID> all = List.copyOf(fresh);
        entityManager.unwrap(Session.class).doWork(connection -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<UUID> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement seen = connection.prepareStatement(
                        "SELECT event_id FROM kernel_inbox WHERE consumer = ? AND event_id IN (" + marks + ")")) {
                    seen.setString(1, consumer);
                    for (int i = 0; i < chunk.size(); i++) {
                        seen.setObject(i + 2, chunk.get(i));
                    }
                    try (java.sql.ResultSet rows = seen.executeQuery()) {
                        while (rows.next()) {
                            fresh.remove(rows.getObject(1, UUID.class));
                        }
                    }
                }
            }
        });
        if (!fresh.isEmpty()) {
            Timestamp now = Timestamp.from(Instant.now());
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO kernel_inbox (consumer, event_id, processed_at) VALUES (?, ?, ?)")) {
                    for (UUID id : fresh) {
                        insert.setString(1, consumer);
                        insert.setObject(2, id);
                        insert.setTimestamp(3, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
        }
        return fresh;
    }
}
