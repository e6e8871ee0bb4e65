package com.concierge.catalog.internal.search;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.jboss.logging.Logger;

/**
 * Where Hibernate Search reports indexing that failed after the database committed (automatic
 * indexing while OpenSearch is down or refuses a document): the products go to {@link IndexRepair},
 * which indexes them again once search answers, instead of being logged and forgotten.
 */
@SearchExtension
@ApplicationScoped
public class SearchFailures implements FailureHandler {

    private static final Logger LOG = Logger.getLogger(SearchFailures.class);

    private final IndexRepair repair;

    SearchFailures(IndexRepair repair) {
        this.repair = repair;
    }

    @Override
    public void handle(FailureContext context) {
        LOG.warnf("Search index operation failed (%s): %s; the next index check compares every document",
                context.failingOperation(), rootMessage(context.throwable()));
        repair.checkEverything();
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        List<UUID> products = repair.failed(context.failingEntityReferences());
        LOG.warnf("Indexing of %d product(s) failed (%s): %s; re-indexed once search answers", products.size(),
                products.size() <= 5 ? products : products.subList(0, 5) + "…", rootMessage(context.throwable()));
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
