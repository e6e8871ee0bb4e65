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
        if (fresh.isEmpty()) {
            return fresh;
        }
        Timestamp now = Timestamp.from(Instant.now());
        entityManager.unwrap(Session.class).doWork(connection -> {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                claimOnPostgres(connection, consumer, fresh, now);
            } else {
                claimBySelecting(connection, consumer, fresh, now);
            }
        });
        return fresh;
    }

    /**
     * One statement: the insert skips ids the consumer has and returns the others. A concurrent
     * duplicate waits for the other transaction's row and is skipped, not refused.
     */
    private static void claimOnPostgres(java.sql.Connection connection, String consumer, Set<UUID> ids, Timestamp now)
            throws java.sql.SQLException {
        try (PreparedStatement claim = connection.prepareStatement("INSERT INTO kernel_inbox (consumer, event_id, processed_at) "
                + "SELECT ?, id, ? FROM unnest(?) AS id ON CONFLICT DO NOTHING RETURNING event_id")) {
            claim.setString(1, consumer);
            claim.setTimestamp(2, now);
            claim.setArray(3, connection.createArrayOf("uuid", ids.toArray()));
            Set<UUID> claimed = new java.util.HashSet<>();
            try (java.sql.ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    claimed.add(rows.getObject(1, UUID.class));
                }
            }
            ids.retainAll(claimed);
        }
    }

    /** Elsewhere (H2): the ids already there in IN lists of {@value #CHUNK}, then one batch for the rest. */
    private static void claimBySelecting(java.sql.Connection connection, String consumer, Set<UUID> fresh, Timestamp now)
            throws java.sql.SQLException {
        List<UUID> all = List.copyOf(fresh);
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
        if (fresh.isEmpty()) {
            return;
        }
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
    }
}
