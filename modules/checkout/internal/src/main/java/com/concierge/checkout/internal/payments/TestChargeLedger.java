package com.concierge.checkout.internal.payments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test provider's ledger of charges, one per order id, kept in {@code checkout_test_charge}.
 * It stands for the provider's own records, which outlive the store: each write commits on its own,
 * before and whatever the order's transaction does, as a real provider's charge would.
 */
@ApplicationScoped
public class TestChargeLedger {

    /** A charge as the ledger holds it. */
    public record Charge(UUID order, String reference, String status, long amountMinor, String currency, long refundedMinor, int attempts) {
    }

    private final EntityManager em;

    TestChargeLedger(EntityManager em) {
        this.em = em;
    }

    /** The charge made for {@code order}, counting this as one more attempt. */
    Optional<Charge> retried(UUID order) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int updated = em.createNativeQuery("update checkout_test_charge set attempts = attempts + 1 where order_id = :order")
                    .setParameter("order", order).executeUpdate();
            return updated == 0 ? Optional.<Charge>empty() : find(order);
        });
    }

    /** Records a first charge for {@code order}. */
    void record(Charge charge, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into checkout_test_charge (order_id, reference, status, amount_minor, currency, refunded_minor, attempts, charged_at)
                        values (:order, :reference, :status, :amount, :currency, 0, 1, :at)""")
                .setParameter("order", charge.order()).setParameter("reference", charge.reference()).setParameter("status", charge.status())
                .setParameter("amount", charge.amountMinor()).setParameter("currency", charge.currency()).setParameter("at", at)
                .executeUpdate());
    }

    /**
     * Counts {@code minor} as given back on the charge of {@code order}: true when done, false when it
     * would exceed the charge, empty when the ledger has no such charge (one made before it existed).
     */
    Optional<Boolean> refund(UUID order, long minor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int updated = em.createNativeQuery("update checkout_test_charge set refunded_minor = refunded_minor + :minor"
                            + " where order_id = :order and refunded_minor + :minor <= amount_minor")
                    .setParameter("minor", minor).setParameter("order", order).executeUpdate();
            return updated == 1 ? Optional.of(true) : find(order).map(c -> false);
        });
    }

    /** Marks a charge that waited for the shopper's action as captured. */
    void captured(UUID order) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update checkout_test_charge set status = 'CAPTURED' where order_id = :order")
                .setParameter("order", order).executeUpdate());
    }

    /** Charges that are not fully refunded and match no order: money taken for nothing. */
    public List<Charge> unmatched() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from checkout_test_charge c where c.refunded_minor < c.amount_minor"
                    + " and not exists (select 1 from checkout_order o where o.id = c.order_id) order by c.charged_at").getResultList();
            return rows.stream().map(TestChargeLedger::charge).toList();
        });
    }

    private static final String COLUMNS = "cast(order_id as varchar(36)), reference, status, amount_minor, currency, refunded_minor, attempts";

    private Optional<Charge> find(UUID order) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from checkout_test_charge where order_id = :order")
                .setParameter("order", order).getResultList();
        return rows.stream().findFirst().map(TestChargeLedger::charge);
    }

    private static Charge charge(Object[] r) {
        UUID order = UUID.fromString(r[0].toString());
        return new Charge(order, (String) r[1], (String) r[2], ((Number) r[3]).longValue(), r[4].toString().strip(), ((Number) r[5]).longValue(),
                ((Number) r[6]).intValue());
    }

    /** The same ledger in memory, for unit tests of the provider without a database. */
    static TestChargeLedger inMemory() {
        return new InMemory();
    }

    @jakarta.enterprise.inject.Vetoed
    private static final class InMemory extends TestChargeLedger {
        private final Map<UUID, Charge> charges = new ConcurrentHashMap<>();

        InMemory() {
            super(null);
        }

        @Override
        Optional<Charge> retried(UUID order) {
            return Optional.ofNullable(charges.computeIfPresent(order, (id, c) -> new Charge(id, c.reference(), c.status(), c.amountMinor(),
                    c.currency(), c.refundedMinor(), c.attempts() + 1)));
        }

        @Override
        void record(Charge charge, Instant at) {
            charges.putIfAbsent(charge.order(), charge);
        }

        @Override
        Optional<Boolean> refund(UUID order, long minor) {
            Charge before = charges.get(order);
            if (before == null || before.refundedMinor() + minor > before.amountMinor()) {
                return before == null ? Optional.empty() : Optional.of(false);
            }
            charges.put(order, new Charge(order, before.reference(), before.status(), before.amountMinor(), before.currency(),
                    before.refundedMinor() + minor, before.attempts()));
            return Optional.of(true);
        }

        @Override
        void captured(UUID order) {
            charges.computeIfPresent(order, (id, c) -> new Charge(id, c.reference(), "CAPTURED", c.amountMinor(), c.currency(), c.refundedMinor(), c.attempts()));
        }

        @Override
        public List<Charge> unmatched() {
            return List.of();
        }
    }
}
