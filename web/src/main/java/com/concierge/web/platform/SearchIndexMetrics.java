package com.concierge.web.platform;

import com.concierge.catalog.api.Catalog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The search index's backlog as Prometheus gauges (docs/search.md#keeping-the-index-right): products
 * whose indexing failed and waits for search to answer, and products search refuses to index. Both
 * are read from memory, so a scrape costs nothing; a non-zero unindexable count needs a person.
 */
@ApplicationScoped
class SearchIndexMetrics {

    private final Catalog catalog;

    SearchIndexMetrics(Catalog catalog) {
        this.catalog = catalog;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("cc.search.pending.products", catalog, c -> c.indexBacklog().pending())
                .description("Products whose indexing failed, indexed again once search answers").register(registry);
        Gauge.builder("cc.search.unindexable.products", catalog, c -> c.indexBacklog().unindexable())
                .description("Products search refused to index (skipped; listed by GET /api/ops/search)").register(registry);
    }
}
