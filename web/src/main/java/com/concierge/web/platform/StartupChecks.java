package com.concierge.web.platform;

import com.concierge.catalog.api.Catalog;
import com.concierge.kernel.events.Outbox;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;

/**
 * Brings the application's backing services into shape before it takes traffic, and fails with
 * one sentence naming the setting to fix when one of them is unreachable or unsafe: the production
 * secrets ({@link ProductionSecrets}), database, then
 * migrations, then OpenSearch and its indexes, then event delivery; then loads the demo store
 * into an empty catalog (when asked), builds an empty search index and has the index compared with
 * the database in the background (a new OpenSearch, a lost index, writes lost in a crash).
 */
@ApplicationScoped
class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class);

    private final AgroalDataSource dataSource;
    private final Flyway flyway;
    private final SearchMapping searchMapping;
    private final OpenSearchProbe openSearch;
    private final Outbox outbox;
    private final boolean cleanDatabase;
    private final String jdbcUrl;
    private final Catalog catalog;
    private final boolean loadDemo;
    private final DemoStore demo;

    StartupChecks(AgroalDataSource dataSource, Flyway flyway, SearchMapping searchMapping, OpenSearchProbe openSearch,
                  Outbox outbox, Catalog catalog, DemoStore demo,
                  @ConfigProperty(name = "cc.startup.clean-database") boolean cleanDatabase,
                  @ConfigProperty(name = "cc.demo.load-if-empty") boolean loadDemo,
                  @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this.catalog = catalog;
        this.demo = demo;
        this.loadDemo = loadDemo;
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.searchMapping = searchMapping;
        this.openSearch = openSearch;
        this.outbox = outbox;
        this.cleanDatabase = cleanDatabase;
        this.jdbcUrl = jdbcUrl;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        ProductionSecrets.check(ConfigProvider.getConfig(), LaunchMode.current());
        requireDatabase();
        if (cleanDatabase) {
            LOG.warn("cc.startup.clean-database=true: dropping every table before migrating");
            flyway.clean();
        }
        var migration = flyway.migrate();
        LOG.infof("Database schema at version %s (%d migrations applied now)",
                flyway.info().current() == null ? "none" : flyway.info().current().getVersion(), migration.migrationsExecuted);

        OpenSearchProbe.Answer answer = openSearch.probe();
        if (!answer.reachable()) {
            throw new ConfigurationException("OpenSearch is unreachable at " + openSearch.baseUrls()
                    + " (setting quarkus.hibernate-search-orm.elasticsearch.hosts): " + answer.detail());
        }
        try {
            searchMapping.scope(Object.class).schemaManager().createOrUpdate();
        } catch (SearchException e) {
            // the database is the source of truth: an index whose mapping cannot be updated in place is rebuilt
            LOG.warnf("The search index mapping could not be updated in place (%s); recreating it from the database", e.getMessage());
            searchMapping.scope(Object.class).schemaManager().dropAndCreate();
        }
        outbox.start();
    }

    /** After messaging is wired (the demo publishes events through the outbox). */
    void onStarted(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (loadDemo) {
            demo.loadIfEmpty();
        }
        // an empty index is built now; otherwise documents are compared with the database by content on the
        // first background round, so documents written while search was down before a crash are found too
        // without a large catalog holding the start; products search refuses are skipped and reported
        catalog.checkIndexAtStart();
    }

    private void requireDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(5)) {
                throw new SQLException("the connection did not answer a validity check within 5 s");
            }
        } catch (SQLException e) {
            throw new ConfigurationException("The database is unreachable at " + jdbcUrl
                    + " (setting quarkus.datasource.jdbc.url): " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
