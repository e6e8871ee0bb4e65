package com.concierge.catalog.internal.search;

import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.kernel.timing.ServerTiming;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Several searches of one request at once. Most of a search's time is the round trip to OpenSearch
 * and its query and fetch phases, not this JVM's work, so a turn that needs four (the shopper's
 * limits, then each loosened alone when nothing fits) waits about as long as for the slowest.
 * The first runs on the caller's thread in the caller's transaction; the others on a small pool,
 * each in a transaction of its own (a search session is bound to one). The pool is bounded: under
 * load the extra searches queue rather than crowd OpenSearch's own search threads.
 */
@ApplicationScoped
public class ConcurrentSearches {

    /** Searches run beside a caller's own at most; OpenSearch's search pool on a 2-core node has 4 threads. */
    static final int THREADS = 4;

    private final CatalogSearch search;
    private final ExecutorService pool;

    ConcurrentSearches(CatalogSearch search) {
        this.search = search;
        AtomicInteger numbers = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "catalog-search-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The queries' results in their order; the first failure (bad filter, search down) is thrown as it was. */
    public List<SearchResults> all(List<SearchQuery> queries) {
        if (queries.size() < 2) {
            return queries.stream().map(search::search).toList();
        }
        List<Future<SearchResults>> others = new ArrayList<>();
        for (SearchQuery query : queries.subList(1, queries.size())) {
            others.add(pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> search.search(query))));
        }
        List<SearchResults> results = new ArrayList<>(queries.size());
        try {
            results.add(search.search(queries.get(0)));
            for (Future<SearchResults> other : others) {
                results.add(other.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while searching", e);
        } finally {
            others.forEach(f -> f.cancel(false)); // a failure leaves the rest unwanted; finished ones ignore this
        }
        ServerTiming.lap("opensearch"); // the wait for the others, on top of the caller's own search
        ServerTiming.count("searches", others.size());
        return results;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
