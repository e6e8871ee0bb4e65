package com.concierge.catalog.internal.search;

import com.concierge.catalog.api.IndexStatus;
import com.concierge.catalog.api.SearchUnavailableException;
import com.concierge.catalog.internal.Product;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingEntityFailureContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingFailureContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingFailureHandler;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;

/**
 * Keeps the search index equal to the database without anyone calling a reindex
 * (docs/search.md#keeping-the-index-right).
 * <ul>
 * <li>Products whose automatic indexing failed after their transaction committed (OpenSearch down,
 *     a document refused) are {@linkplain #indexLater pending} and indexed again every
 *     {@code cc.search.repair-every} once search answers.</li>
 * <li>A {@linkplain #compare comparison} reads every document's content version from the index and
 *     every product's from the database, and finds stale, missing and orphaned documents; the
 *     store runs one on the first round after it starts ({@link #checkAtStart}: a crash may have lost
 *     the pending list) and after failures that name no product, and ops can ask for one
 *     ({@code GET /api/ops/search}).</li>
 * <li>A product search refuses to index is skipped, logged with its id, listed as unindexable and
 *     tried again at every comparison; it never stops a start or a reindex.</li>
 * <li>Once the products whose indexing failed are written again, every document is compared too:
 *     a write in flight when search went away can land after a newer one, and a re-index reads the
 *     database while other transactions index their own copies. A comparison whose repair still
 *     leaves documents differing is run again next round, at most {@value #FOLLOW_UPS} times in a row.</li>
 * </ul>
 * The pending list lives in memory, per replica: a replica that dies with products pending
 * compares everything when it starts again.
 */
@ApplicationScoped
public class IndexRepair {

    private static final Logger LOG = Logger.getLogger(IndexRepair.class);
    private static final int PAGE = 500;
    private static final int FOLLOW_UPS = 3;

    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();
    /** The newest comparison's outcome, for pages that should not compare every product on each view. */
    private final java.util.concurrent.atomic.AtomicReference<IndexStatus> lastCompared = new java.util.concurrent.atomic.AtomicReference<>();
    private final Map<UUID, String> unindexable = new ConcurrentHashMap<>();
    private final AtomicBoolean compareDue = new AtomicBoolean();
    private final AtomicBoolean failedSinceCompare = new AtomicBoolean();
    private final AtomicInteger followUps = new AtomicInteger();
    private final SearchMapping searchMapping;
    private final SearchSession searchSession;
    private final EntityManager entityManager;
    private final Clock clock = Clock.systemUTC();

    IndexRepair(SearchMapping searchMapping, SearchSession searchSession, EntityManager entityManager) {
        this.searchMapping = searchMapping;
        this.searchSession = searchSession;
        this.entityManager = entityManager;
    }

    /** Products whose document could not be written: indexed again once search answers. */
    public void indexLater(Collection<UUID> products) {
        pending.addAll(products);
        failedSinceCompare.set(true);
    }

    /**
     * Entities whose indexing failed: their products are indexed again once search answers; when
     * the failure names no product, the next round compares every document.
     *
     * @return the products queued
     */
    public List<UUID> failed(List<? extends EntityReference> references) {
        List<UUID> products = references.stream().filter(r -> Product.class.equals(r.type())).map(r -> (UUID) r.id()).toList();
        if (products.isEmpty()) {
            checkEverything();
        } else {
            indexLater(products);
        }
        return products;
    }

    /** Something failed that names no product: the next round compares every document. */
    public void checkEverything() {
        compareDue.set(true);
    }

    public int pendingCount() {
        return pending.size();
    }

    public int unindexableCount() {
        return unindexable.size();
    }

    /**
     * At start: builds an empty index now when the database holds products ({@code rebuild}); otherwise
     * leaves the comparison to the next scheduled round, so the store takes traffic meanwhile.
     */
    public void checkAtStart(Runnable rebuild) {
        long documents;
        try {
            documents = QuarkusTransaction.requiringNew().call(() -> searchSession.search(Product.class).where(f -> f.matchAll()).fetchTotalHitCount());
        } catch (SearchException e) {
            throw new SearchUnavailableException(e);
        }
        long products = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(p) from Product p where p.archivedAt is null", Long.class).getSingleResult());
        if (documents == 0 && products > 0) {
            LOG.infof("The search index is empty, the database holds %d products: building the index", products);
            rebuild.run();
        } else {
            checkEverything(); // a crash during an outage may have lost the pending list
        }
    }

    /** The newest comparison on this replica (a background round, a repair or {@link #status()}), if any ran since it started. */
    public java.util.Optional<IndexStatus> lastStatus() {
        return java.util.Optional.ofNullable(lastCompared.get());
    }

    /** Compares the index with the database now. */
    public IndexStatus status() {
        return compare().status();
    }

    /** Compares the index with the database and writes what differs; the status after. */
    public IndexStatus repair() {
        Comparison before = compare();
        if (before.status().inSync()) {
            return before.status();
        }
        Set<UUID> fix = new HashSet<>(before.outdated());
        fix.addAll(before.orphaned());
        index(fix);
        IndexStatus after = compare().status();
        LOG.infof("Search index repaired: %d stale, %d missing and %d orphaned documents written again; %d products cannot be indexed",
                before.status().stale(), before.status().missing(), before.status().orphaned(), after.unindexable().size());
        return after;
    }

    @Scheduled(every = "${cc.search.repair-every:10s}", delayed = "${cc.search.repair-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void repairOnSchedule() {
        if (compareDue.getAndSet(false)) {
            try {
                IndexStatus after = repair();
                pending.clear(); // the comparison covered them
                failedSinceCompare.set(false);
                followUp(after);
            } catch (SearchUnavailableException e) {
                compareDue.set(true);
                LOG.debugf("Search still unavailable; the index is compared when it answers");
            }
            return;
        }
        if (pending.isEmpty()) {
            return;
        }
        Set<UUID> batch = Set.copyOf(pending);
        pending.removeAll(batch);
        try {
            index(batch);
            LOG.infof("Re-indexed %d product(s) whose indexing had failed", batch.size());
            if (pending.isEmpty() && failedSinceCompare.getAndSet(false)) {
                compareDue.set(true); // other documents written around the failure may have landed out of order
            }
        } catch (SearchUnavailableException e) {
            pending.addAll(batch);
            LOG.debugf("Search still unavailable; %d product(s) wait to be indexed", pending.size());
        }
    }

    /** Another comparison next round while a repair leaves documents differing (racing writes), up to {@value #FOLLOW_UPS} in a row. */
    private void followUp(IndexStatus after) {
        long differing = after.stale() + after.orphaned() + Math.max(0, after.missing() - after.unindexable().size());
        if (differing == 0) {
            followUps.set(0);
        } else if (followUps.incrementAndGet() <= FOLLOW_UPS) {
            compareDue.set(true);
        } else {
            followUps.set(0);
            LOG.warnf("Search index still differs from the database after %d repairs in a row (%d documents); compared again after the next failure, at start or on POST /api/ops/search/repair",
                    FOLLOW_UPS, differing);
        }
    }

    /** Writes these products' documents again; removes the documents of those the database no longer has or that are archived. */
    void index(Collection<UUID> products) {
        if (products.isEmpty()) {
            return;
        }
        requireSearch();
        List<UUID> ids = List.copyOf(products);
        Set<UUID> existing = QuarkusTransaction.requiringNew().call(() -> new HashSet<>(entityManager
                .createQuery("select p.id from Product p where p.id in :ids and p.archivedAt is null", UUID.class).setParameter("ids", ids).getResultList()));
        for (int from = 0; from < ids.size(); from += 1000) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1000)).stream().filter(existing::contains).toList();
            if (chunk.isEmpty()) {
                continue;
            }
            Refusals refusals = refusals();
            try {
                var indexer = searchMapping.scope(Product.class).massIndexer()
                        .threadsToLoadObjects(1).batchSizeToLoadObjects(ProductIndexer.BATCH_SIZE).purgeAllOnStart(false)
                        .failureHandler(refusals);
                indexer.type(Product.class).reindexOnly("e.id in :ids").param("ids", chunk);
                indexer.startAndWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("indexing was interrupted", e);
            } catch (SearchException e) {
                refusals.rethrowUnlessOnlyDocumentsWereRefused(e);
            }
            chunk.stream().filter(id -> !refusals.refused(id)).forEach(unindexable::remove);
        }
        List<UUID> gone = ids.stream().filter(id -> !existing.contains(id)).toList();
        if (!gone.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> gone.forEach(id -> searchSession.indexingPlan().purge(Product.class, id, null)));
        }
        searchMapping.scope(Product.class).workspace().refresh();
    }

    /**
     * A failure handler for mass indexing that skips the documents search refuses (and reports them)
     * instead of failing the whole run; failures that mean search is unreachable still fail it.
     */
    Refusals refusals() {
        return new Refusals();
    }

    final class Refusals implements MassIndexingFailureHandler {
        private final Set<UUID> refused = ConcurrentHashMap.newKeySet();
        private volatile Throwable other;

        @Override
        public void handle(MassIndexingFailureContext context) {
            other = context.throwable();
        }

        @Override
        public void handle(MassIndexingEntityFailureContext context) {
            if (unreachable(context.throwable())) {
                other = context.throwable();
                return;
            }
            String reason = SearchFailures.rootMessage(context.throwable());
            for (EntityReference reference : context.failingEntityReferences()) {
                if (reference.id() instanceof UUID id) {
                    refused.add(id);
                    if (unindexable.put(id, reason) == null) {
                        LOG.warnf("Product %s cannot be indexed and was skipped: %s (retried at every index check and when it changes)", id, reason);
                    }
                }
            }
        }

        @Override
        public long failureFloodingThreshold() {
            return Long.MAX_VALUE;
        }

        boolean refused(UUID id) {
            return refused.contains(id);
        }

        void rethrowUnlessOnlyDocumentsWereRefused(SearchException e) {
            if (other != null || refused.isEmpty()) {
                throw new SearchUnavailableException(e);
            }
        }
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private void requireSearch() {
        try {
            QuarkusTransaction.requiringNew().call(() -> searchSession.search(Product.class).where(f -> f.matchNone()).fetchTotalHitCount());
        } catch (SearchException e) {
            throw new SearchUnavailableException(e);
        }
    }

    /** Outdated: stale or missing. */
    record Comparison(IndexStatus status, Set<UUID> outdated, Set<UUID> orphaned) {
    }

    Comparison compare() {
        Map<UUID, String> documents = indexedVersions();
        long indexed = documents.size();
        Set<UUID> stale = new HashSet<>();
        Set<UUID> missing = new HashSet<>();
        long products = QuarkusTransaction.requiringNew().call(() -> {
            long count = 0;
            UUID after = null;
            while (true) {
                List<Product> batch = Product.pageAfter(null, after, PAGE);
                if (batch.isEmpty()) {
                    return count;
                }
                after = batch.get(batch.size() - 1).id;
                for (Product product : batch) {
                    if (product.archivedAt != null) {
                        continue; // not sold, so not indexed: a document it still has is an orphan
                    }
                    count++;
                    String version = documents.remove(product.id);
                    if (version == null) {
                        missing.add(product.id);
                    } else if (!version.equals(product.getContentVersion())) {
                        stale.add(product.id);
                    }
                }
                entityManager.clear();
            }
        });
        Set<UUID> outdated = new HashSet<>(stale);
        outdated.addAll(missing);
        List<IndexStatus.Unindexable> refused = new ArrayList<>(unindexable.entrySet().stream()
                .map(e -> new IndexStatus.Unindexable(e.getKey(), e.getValue())).toList());
        refused.sort(Comparator.comparing(IndexStatus.Unindexable::product));
        IndexStatus status = new IndexStatus(products, indexed, stale.size(), missing.size(), documents.size(), pending.size(),
                refused, clock.instant());
        // two comparisons ending together: the one stamped later is kept, whichever stores first
        lastCompared.accumulateAndGet(status, (kept, now) -> kept == null || !kept.checkedAt().isAfter(now.checkedAt()) ? now : kept);
        return new Comparison(status, outdated, Set.copyOf(documents.keySet()));
    }

    /** Every document's product id and content version (null for documents written before versions existed). */
    private Map<UUID, String> indexedVersions() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Map<UUID, String> versions = new HashMap<>();
                try (var scroll = searchSession.search(Product.class)
                        .select(f -> f.composite().from(f.id(UUID.class), f.field("content_version", String.class)).asList())
                        .where(f -> f.matchAll()).scroll(1000)) {
                    for (var chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                        for (List<?> hit : chunk.hits()) {
                            versions.put((UUID) hit.get(0), hit.get(1) == null ? "" : (String) hit.get(1));
                        }
                    }
                }
                return versions;
            });
        } catch (SearchException e) {
            throw new SearchUnavailableException(e);
        }
    }
}
