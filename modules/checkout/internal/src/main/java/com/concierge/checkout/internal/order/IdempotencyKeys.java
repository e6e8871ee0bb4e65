package com.concierge.checkout.internal.order;

import com.concierge.kernel.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Idempotency keys as rows of {@code checkout_idempotency}, one per key and caller. The primary key
 * decides which of several concurrent requests owns a key: the first insert wins, the others find
 * its row. The claim already holds the id the order will have, so every run of the request (the
 * first, or a retry after a crash) charges the payment provider with the same order id and the
 * provider's own idempotency turns a second charge into the first one. The owner stores the answer
 * in the order's own transaction, so an order and its key's answer commit together.
 */
@ApplicationScoped
class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String DONE = "DONE";

    /** A key's row: {@code order} is the id its order has or will have; {@code claimedAt} when its current run began. */
    record Entry(String hash, String state, String response, UUID order, Instant claimedAt) {
    }

    private final EntityManager em;

    IdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the key in the caller's transaction, for an order with id {@code order}. The insert fails
     * (primary key) when another request has the key; then {@link #find} tells whose answer to wait
     * for. A concurrent claim waits on the row until this transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void claim(String key, String caller, String hash, UUID order, Instant now) {
        em.createNativeQuery("""
                        insert into checkout_idempotency (idem_key, caller, request_hash, state, order_id, created_at)
                        values (:key, :caller, :hash, :state, :order, :now)""")
                .setParameter("key", key).setParameter("caller", caller).setParameter("hash", hash)
                .setParameter("state", IN_PROGRESS).setParameter("order", order).setParameter("now", now).executeUpdate();
    }

    /**
     * Takes over a claim whose request died (the store crashed or was killed while it ran): succeeds
     * for exactly one of several retries, the one whose conditional update still sees the claim as
     * {@code seen} left it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean takeOver(String key, String caller, Entry seen, Instant now) {
        int updated = em.createNativeQuery("update checkout_idempotency set created_at = :now"
                        + " where idem_key = :key and caller = :caller and state = :progress and created_at = :seen")
                .setParameter("now", now).setParameter("key", key).setParameter("caller", caller)
                .setParameter("progress", IN_PROGRESS).setParameter("seen", seen.claimedAt()).executeUpdate();
        if (updated == 1) {
            LOG.infof("Idempotency key %s was abandoned since %s (its request died): a retry runs order %s again", key, seen.claimedAt(), seen.order());
        }
        return updated == 1;
    }

    Optional<Entry> find(String key, String caller) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select request_hash, state, response, cast(order_id as varchar(36)), created_at from checkout_idempotency"
                            + " where idem_key = :key and caller = :caller")
                    .setParameter("key", key).setParameter("caller", caller).getResultList();
            return rows.stream().findFirst().map(r -> new Entry((String) r[0], (String) r[1], (String) r[2], uuid(r[3]), Timestamps.instant(r[4])));
        });
    }

    /** Stores the answer in the caller's transaction (the order's, or the refusal's). */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(String key, String caller, String response) {
        int updated = em.createNativeQuery("update checkout_idempotency set state = :done, response = :response"
                        + " where idem_key = :key and caller = :caller and state = :progress")
                .setParameter("done", DONE).setParameter("response", response)
                .setParameter("key", key).setParameter("caller", caller).setParameter("progress", IN_PROGRESS).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("idempotency key " + key + " is not in progress");
        }
    }

    /** Stores a refusal on its own (no order was made). */
    void completeAlone(String key, String caller, String response) {
        QuarkusTransaction.requiringNew().run(() -> complete(key, caller, response));
    }

    /** Lets the key go, so that a retry runs again (the request failed before it decided anything). */
    void forget(String key, String caller) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from checkout_idempotency where idem_key = :key and caller = :caller and state = :progress")
                .setParameter("key", key).setParameter("caller", caller).setParameter("progress", IN_PROGRESS).executeUpdate());
    }

    /**
     * Forgets keys created before {@code before}: answered ones, and claims abandoned and never retried
     * since, each named in the log with its order id (the payment provider may hold a charge for it
     * that no order matches: docs/checkout.md, "Crashes and retries").
     */
    @Transactional
    int purge(Instant before) {
        @SuppressWarnings("unchecked")
        List<Object[]> abandoned = em.createNativeQuery("select idem_key, cast(order_id as varchar(36)) from checkout_idempotency where created_at < :before and state = :progress")
                .setParameter("before", before).setParameter("progress", IN_PROGRESS).getResultList();
        for (Object[] row : abandoned) {
            LOG.warnf("Idempotency key %s was abandoned and never retried: check the payment provider for a charge of order %s, which was not placed",
                    row[0], uuid(row[1]));
        }
        return em.createNativeQuery("delete from checkout_idempotency where created_at < :before")
                .setParameter("before", before).executeUpdate();
    }

    /** A UUID column read as text ({@code cast(… as varchar)}: H2 hands native queries bytes, PostgreSQL a UUID). */
    private static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString(value.toString());
    }

}
