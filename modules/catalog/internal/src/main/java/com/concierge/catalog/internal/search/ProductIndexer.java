package com.concierge.catalog.internal.search;

import com.concierge.catalog.api.imports.ImportProgress;
import com.concierge.catalog.internal.Product;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.util.common.SearchException;

/** Mass indexing: rebuilds the product index from the database, reporting progress as it goes. */
@ApplicationScoped
public class ProductIndexer {

    /** Two loader threads suit the 2-core machines this runs on; more only contend for the same cores. */
    static final int LOADING_THREADS = 2;
    static final int BATCH_SIZE = 200;

    private final SearchMapping searchMapping;
    private final IndexRepair repair;

    ProductIndexer(SearchMapping searchMapping, IndexRepair repair) {
        this.searchMapping = searchMapping;
        this.repair = repair;
    }

    /**
     * Rebuilds the whole index. A product search refuses is skipped and reported (IndexRepair lists
     * it), so one bad document never stops a start or a reindex.
     */
    public long reindex(ImportProgress progress) {
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        IndexRepair.Refusals refusals = repair.refusals();
        try {
            searchMapping.scope(Product.class).massIndexer()
                    .threadsToLoadObjects(LOADING_THREADS)
                    .batchSizeToLoadObjects(BATCH_SIZE)
                    .purgeAllOnStart(true)
                    .monitor(new Counting(done, total, progress))
                    .failureHandler(refusals)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("mass indexing was interrupted", e);
        } catch (SearchException e) {
            refusals.rethrowUnlessOnlyDocumentsWereRefused(e);
        }
        return done.get();
    }

    /** Rebuilds the index documents of these categories' products (after a bulk import), leaving the others alone. */
    public long reindexCategories(java.util.Set<String> categories) {
        AtomicLong done = new AtomicLong();
        IndexRepair.Refusals refusals = repair.refusals();
        try {
            var indexer = searchMapping.scope(Product.class).massIndexer()
                    .threadsToLoadObjects(LOADING_THREADS)
                    .batchSizeToLoadObjects(BATCH_SIZE)
                    .purgeAllOnStart(false)
                    .failureHandler(refusals)
                    .monitor(new Counting(done, new AtomicLong(), ImportProgress.NONE));
            indexer.type(Product.class).reindexOnly("e.category in :categories").param("categories", categories);
            indexer.startAndWait();
            searchMapping.scope(Product.class).workspace().refresh();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing was interrupted", e);
        } catch (SearchException e) {
            refusals.rethrowUnlessOnlyDocumentsWereRefused(e);
        }
        return done.get();
    }

    /** Counts documents as the mass indexer writes them and reports progress. */
    private static final class Counting implements MassIndexingMonitor {
        private final AtomicLong done;
        private final AtomicLong total;
        private final ImportProgress progress;

        Counting(AtomicLong done, AtomicLong total, ImportProgress progress) {
            this.done = done;
            this.total = total;
            this.progress = progress;
        }

        @Override
        public void documentsAdded(long increment) {
            progress.progress(done.addAndGet(increment), total.get());
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
