package com.concierge.catalog.internal.search;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.jboss.logging.Logger;

/**
 * How a transaction's index changes are written: like Hibernate Search's {@code sync} (the request
 * returns once its documents are written and searchable), except for a failure. The database has
 * already committed by then, so a failure is not thrown at a caller whose change did succeed; its
 * products go to {@link IndexRepair}, which writes them once search answers.
 */
@SearchExtension
@ApplicationScoped
public class IndexAfterCommit implements IndexingPlanSynchronizationStrategy {

    private static final Logger LOG = Logger.getLogger(IndexAfterCommit.class);

    private final IndexRepair repair;

    IndexAfterCommit(IndexRepair repair) {
        this.repair = repair;
    }

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.FORCE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.FORCE);
        context.indexingFutureHandler(future -> {
            SearchIndexingPlanExecutionReport report;
            try {
                report = future.join();
            } catch (CompletionException e) {
                LOG.warnf("Indexing after a commit failed (%s); every document is compared once search answers", SearchFailures.rootMessage(e));
                repair.checkEverything();
                return;
            }
            report.throwable().ifPresent(failure -> {
                List<UUID> products = repair.failed(report.failingEntities());
                LOG.warnf("Indexing of %d product(s) failed after their commit (%s); written again once search answers",
                        products.size(), SearchFailures.rootMessage(failure));
            });
        });
    }
}
