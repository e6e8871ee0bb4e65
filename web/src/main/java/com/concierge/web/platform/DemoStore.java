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
 * module's own import (so the demo's summaries and review queue are computed like any other).
 */
@ApplicationScoped
class DemoStore {

    private static final Logger LOG = Logger.getLogger(DemoStore.class);

    /** What was loaded: products created and reviews stored. */
    record Loaded(int products, int reviews) {
    }

    private final Catalog catalog;
    private final Reviews reviews;

    DemoStore(Catalog catalog, Reviews reviews) {
        this.catalog = catalog;
        this.reviews = reviews;
    }

    /** Loads the demo into an empty catalog; empty when the catalog was not empty. */
    Optional<Loaded> loadIfEmpty() {
        return catalog.loadDemoCatalogIfEmpty().map(products -> {
            ReviewImportReport report = reviews.importReviews(FileFormat.CSV, new StringReader(catalog.demoReviewsCsv()));
            if (!report.problems().isEmpty()) {
                LOG.warnf("%d demo reviews were refused; the first: %s", report.problems().size(), report.problems().get(0));
            }
            return new Loaded(products.productsCreated(), report.stored());
        });
    }
}
