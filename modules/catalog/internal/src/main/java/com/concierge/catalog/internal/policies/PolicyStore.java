package com.concierge.catalog.internal.policies;

import com.concierge.catalog.api.policies.ItemContext;
import com.concierge.catalog.api.policies.ItemPolicies;
import com.concierge.catalog.api.policies.Policies;
import com.concierge.catalog.api.policies.ReturnPolicy;
import com.concierge.catalog.api.policies.ShippingPolicy;
import com.concierge.catalog.api.policies.WarrantyPolicy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Policies as data: stored one row per policy, answered through one {@link PolicyBook} so every
 * surface (product page, assistant, checkout, returns) gets the same answer. Callers hold the
 * transaction.
 *
 * <p>Every cart view and order asks for shipping answers, so the policies read are kept for a few
 * seconds: an edit in this process is seen at once (the copy is dropped when the edit commits),
 * an edit in another replica within {@link #KEPT}.
 */
@ApplicationScoped
public class PolicyStore {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final Duration KEPT = Duration.ofSeconds(5);
    /** catalog_policy.body's length. */
    static final int MAX_BODY = 8000;

    private final Clock clock = Clock.systemUTC();
    private final TransactionSynchronizationRegistry transactions;
    private volatile Kept kept;

    private record Kept(PolicyBook book, Policies policies, long readAt) {
    }

    PolicyStore(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public Policies all() {
        return current().policies();
    }

    /** The policies as one book, read at most {@link #KEPT} ago. */
    public PolicyBook book() {
        return current().book();
    }

    private Kept current() {
        Kept now = kept;
        if (now == null || System.nanoTime() - now.readAt() > KEPT.toNanos()) {
            Policies policies = read();
            now = new Kept(new PolicyBook(policies.returns(), policies.warranties(), policies.shipping()), policies, System.nanoTime());
            kept = now;
        }
        return now;
    }

    /** Drops the kept copy now and again when the editing transaction ends (so no reader keeps the old rows). */
    private void forget() {
        kept = null;
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    kept = null;
                }
            });
        }
    }

    private Policies read() {
        List<ReturnPolicy> returns = new ArrayList<>();
        List<WarrantyPolicy> warranties = new ArrayList<>();
        List<ShippingPolicy> shipping = new ArrayList<>();
        for (PolicyRecord record : PolicyRecord.<PolicyRecord>listAll(Sort.by("id"))) {
            switch (PolicyRecord.Kind.valueOf(record.kind)) {
                case RETURN -> returns.add(read(record.body, ReturnPolicy.class));
                case WARRANTY -> warranties.add(read(record.body, WarrantyPolicy.class));
                case SHIPPING -> shipping.add(read(record.body, ShippingPolicy.class));
            }
        }
        return new Policies(returns, warranties, shipping);
    }

    public void put(ReturnPolicy policy) {
        store(policy.id(), PolicyRecord.Kind.RETURN, policy);
    }

    public void put(WarrantyPolicy policy) {
        store(policy.id(), PolicyRecord.Kind.WARRANTY, policy);
    }

    public void put(ShippingPolicy policy) {
        store(policy.id(), PolicyRecord.Kind.SHIPPING, policy);
    }

    public boolean delete(String id) {
        forget();
        return PolicyRecord.deleteById(id);
    }

    public ItemPolicies answer(ItemContext item, LocalDate askedOn) {
        return book().answer(item, askedOn);
    }

    private void store(String id, PolicyRecord.Kind kind, Object policy) {
        forget();
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("policy id '" + id + "' must be lower-case letters, digits and '-'");
        }
        String body = write(policy);
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("policy '" + id + "' is too long to keep (" + body.length() + " characters as JSON, at most "
                    + MAX_BODY + "): shorten its conditions, coverage or scope");
        }
        PolicyRecord record = PolicyRecord.findById(id);
        if (record != null && !record.kind.equals(kind.name())) {
            throw new IllegalArgumentException("'" + id + "' is already a " + record.kind.toLowerCase(java.util.Locale.ROOT) + " policy");
        }
        if (record == null) {
            record = new PolicyRecord();
            record.id = id;
            record.kind = kind.name();
            record.body = body;
            record.updatedAt = clock.instant();
            record.persist();
        } else {
            record.body = body;
            record.updatedAt = clock.instant();
        }
    }

    private static String write(Object policy) {
        try {
            return JSON.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored policy is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
