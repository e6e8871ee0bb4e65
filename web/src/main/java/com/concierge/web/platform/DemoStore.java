package com.concierge.web.platform;

import com.concierge.catalog.api.Catalog;
import com.concierge.kernel.files.FileFormat;
import com.concierge.reviews.api.Reviews;
import com.concierge.reviews.api.ingest.ReviewImportReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringReader;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The demo store: the catalog's demo products, then their generated reviews through the reviews
 * module's own import (so the demo's summaries and review queue are computed like any other), then,
 * with {@code cc.demo.history} (the launcher's demo), four weeks of simulated measurement history.
 */
@ApplicationScoped
class DemoStore {

    private static final Logger LOG = Logger.getLogger(DemoStore.class);

    /** What was loaded: products created and reviews stored. */
    record Loaded(int products, int reviews) {
    }

    /** Days of simulated history a fresh demo store gets (docs/kpis.md#demo-history). */
    static final int HISTORY_DAYS = 28;

    private final Catalog catalog;
    private final Reviews reviews;
    private final com.concierge.measurement.api.Measurement measurement;
    private final boolean history;

    DemoStore(Catalog catalog, Reviews reviews, com.concierge.measurement.api.Measurement measurement,
              @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cc.demo.history", defaultValue = "false") boolean history) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.measurement = measurement;
        this.history = history;
    }

    /** Loads the demo into an empty catalog; empty when the catalog was not empty. */
    Optional<Loaded> loadIfEmpty() {
        return catalog.loadDemoCatalogIfEmpty().map(products -> {
            ReviewImportReport report = reviews.importReviews(FileFormat.CSV, new StringReader(catalog.demoReviewsCsv()));
            if (!report.problems().isEmpty()) {
                LOG.warnf("%d demo reviews were refused; the first: %s", report.problems().size(), report.problems().get(0));
            }
            if (history) {
                // the KPI dashboard's charts have weeks to show on a fresh demo store: simulated, and said to be
                var recorded = measurement.loadDemoHistory(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1), HISTORY_DAYS);
                LOG.infof("Loaded %d days of simulated demo history: %d events", HISTORY_DAYS, recorded.recorded());
            }
            return new Loaded(products.productsCreated(), report.stored());
        });
    }
}
