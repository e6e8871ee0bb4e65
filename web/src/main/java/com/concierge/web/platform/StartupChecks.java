package com.concierge.web.platform;

import com.concierge.kernel.events.Outbox;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

/**
 * Brings the application's backing services into shape before it takes traffic, and fails with
 * one sentence naming the setting to fix when one of them is unreachable: database, then
 * migrations, then OpenSearch and its indexes, then event delivery.
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

    StartupChecks(AgroalDataSource dataSource, Flyway flyway, SearchMapping searchMapping, OpenSearchProbe openSearch,
                  Outbox outbox,
                  @ConfigProperty(name = "cc.startup.clean-database") boolean cleanDatabase,
                  @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.searchMapping = searchMapping;
        this.openSearch = openSearch;
        this.outbox = outbox;
        this.cleanDatabase = cleanDatabase;
        this.jdbcUrl = jdbcUrl;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
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
        searchMapping.scope(Object.class).schemaManager().createOrUpdate();
        outbox.start();
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
