package com.concierge.checkout.internal.order;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys as rows of {@code checkout_idempotency}, one per key and caller. The primary key
 * decides which of several concurrent requests owns a key: the first insert wins, the others find
 * its row. The owner stores the answer in the order's own transaction, so an order and its key's
 * answer commit together.
 */
@ApplicationScoped
class IdempotencyKeys {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String DONE = "DONE";

    /** A key's row. */
    record Entry(String hash, String state, String response) {
    }

    private final EntityManager em;

    IdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the key in the caller's transaction. The insert fails (primary key) when another request
     * has the key; then {@link #find} tells whose answer to wait for. A concurrent claim waits on the
     * row until this transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void claim(String key, String caller, String hash, Instant now) {
        em.createNativeQuery("""
                        insert into checkout_idempotency (idem_key, caller, request_hash, state, created_at)
                        values (:key, :caller, :hash, :state, :now)""")
                .setParameter("key", key).setParameter("caller", caller).setParameter("hash", hash)
                .setParameter("state", IN_PROGRESS).setParameter("now", now).executeUpdate();
    }

    Optional<Entry> find(String key, String caller) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select request_hash, state, response from checkout_idempotency where idem_key = :key and caller = :caller")
                    .setParameter("key", key).setParameter("caller", caller).getResultList();
            return rows.stream().findFirst().map(r -> new Entry((String) r[0], (String) r[1], (String) r[2]));
        });
    }

    /** Stores the answer in the caller's transaction (the order's). */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(String key, String caller, UUID order, String response) {
        // Two statements rather than binding a null UUID, whose type PostgreSQL cannot infer.
        var update = order == null
                ? em.createNativeQuery("update checkout_idempotency set state = :done, response = :response"
                        + " where idem_key = :key and caller = :caller and state = :progress")
                : em.createNativeQuery("update checkout_idempotency set state = :done, order_id = :order, response = :response"
                        + " where idem_key = :key and caller = :caller and state = :progress").setParameter("order", order);
        int updated = update.setParameter("done", DONE).setParameter("response", response)
                .setParameter("key", key).setParameter("caller", caller).setParameter("progress", IN_PROGRESS).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("idempotency key " + key + " is not in progress");
        }
    }

    /** Stores a refusal on its own (no order was made). */
    void completeAlone(String key, String caller, String response) {
        QuarkusTransaction.requiringNew().run(() -> complete(key, caller, null, response));
    }

    /** Lets the key go, so that a retry runs again (the request failed before it decided anything). */
    void forget(String key, String caller) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from checkout_idempotency where idem_key = :key and caller = :caller and state = :progress")
                .setParameter("key", key).setParameter("caller", caller).setParameter("progress", IN_PROGRESS).executeUpdate());
    }

    /** Forgets answered keys created before {@code before}. */
    @Transactional
    int purge(Instant before) {
        return em.createNativeQuery("delete from checkout_idempotency where created_at < :before and state = :done")
                .setParameter("before", before).setParameter("done", DONE).executeUpdate();
    }
}
