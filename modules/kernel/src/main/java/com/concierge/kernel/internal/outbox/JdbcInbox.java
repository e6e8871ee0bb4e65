package com.concierge.kernel.internal.outbox;

import com.concierge.kernel.events.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
class JdbcInbox implements Inbox {

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
}
