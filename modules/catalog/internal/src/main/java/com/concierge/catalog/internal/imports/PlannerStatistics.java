package com.concierge.catalog.internal.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.sql.Statement;
import org.hibernate.Session;

/**
 * Keeps PostgreSQL's statistics of the product and variant tables in step while a bulk import grows
 * them, so that each chunk's lookup by handle and by SKU keeps using the unique indexes.
 *
 * <p>Without it the planner goes on planning for the tables as they were before the import (empty
 * after a fresh start): it scans the whole table and compares every row with each of the chunk's 500
 * SKUs, so every chunk costs more than the one before. Measured with autovacuum off (this machine's
 * PostgreSQL), 50,000 generated rows were stored in 94.6 s; with the tables analysed as they grew,
 * in 28.7 s (docs/performance.md "Catalog on PostgreSQL"). Autovacuum's own analyse runs at most once a minute
 * and only after a tenth of a table changed, so it lags behind an import as well.
 *
 * <p>The tables are analysed each time the rows this import wrote since the start have doubled
 * (500, 1,000, 2,000, … rows: about eight times for 100,000), and once more at the end, so the store
 * reads the new catalog with fresh statistics too. PostgreSQL's {@code ANALYZE} samples a bounded
 * number of rows, so each takes about the same short time whatever the table's size. H2 plans these
 * lookups by the index without statistics; nothing is done there.
 */
final class PlannerStatistics {

    private final EntityManager entityManager;
    private Boolean postgres;
    private long written;
    private long next = ProductImporter.CHUNK_ROWS;
    private long analysedAt;

    PlannerStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A chunk of {@code rows} rows was committed. */
    void wrote(long rows) {
        written += rows;
        if (written >= next) {
            analyse();
            next = 2 * written;
        }
    }

    /** The import has stored its last chunk. */
    void finished() {
        if (written > analysedAt) {
            analyse();
        }
    }

    private void analyse() {
        analysedAt = written;
        QuarkusTransaction.requiringNew().run(() -> entityManager.unwrap(Session.class).doWork(connection -> {
            if (postgres == null) {
                postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            }
            if (postgres) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE catalog_product, catalog_variant");
                }
            }
        }));
    }
}
