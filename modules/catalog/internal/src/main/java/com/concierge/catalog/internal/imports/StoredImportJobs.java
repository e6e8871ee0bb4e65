package com.concierge.catalog.internal.imports;

import com.concierge.kernel.Timestamps;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.imports.CatalogImports;
import com.concierge.catalog.api.imports.ImportJob;
import com.concierge.catalog.api.imports.ImportProgress;
import com.concierge.catalog.api.imports.ImportReport;
import com.concierge.kernel.files.FileFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Import and rebuild jobs in {@code catalog_import_job}: this replica runs the jobs it accepted, one at a time,
 * and writes their state and progress there (at most every second) and a heartbeat every
 * {@link #HEARTBEAT}; every replica reads them. A queued or running job whose heartbeat is older
 * than {@link #STOPPED_AFTER} belonged to a replica that stopped, and reads as FAILED.
 */
@ApplicationScoped
class StoredImportJobs implements CatalogImports {

    static final Duration HEARTBEAT = Duration.ofSeconds(20);
    static final Duration STOPPED_AFTER = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(StoredImportJobs.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    /** The id as text: H2 returns a UUID column as bytes to a native query, PostgreSQL as a UUID. */
    private static final String COLUMNS = "CAST(id AS VARCHAR(36)), started_by, queued_at, state, rows_done, rows_total, report, failure, replica, "
            + "heartbeat_at, kind";

    /** This process, among the replicas sharing the database. */
    private final String replica = UUID.randomUUID().toString();
    private final Catalog catalog;
    private final EntityManager entityManager;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> daemon(r, "catalog-import"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "catalog-import-heartbeat"));

    StoredImportJobs(Catalog catalog, EntityManager entityManager) {
        this.catalog = catalog;
        this.entityManager = entityManager;
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public ImportJob start(FileFormat format, String data, String startedBy) {
        ImportJob job = queue(ImportJob.Kind.IMPORT, startedBy);
        runner.submit(() -> run(job.id(), format, data));
        return job;
    }

    @Override
    public ImportJob reindex(String startedBy) {
        ImportJob job = queue(ImportJob.Kind.REINDEX, startedBy);
        runner.submit(() -> rebuild(job.id()));
        return job;
    }

    private ImportJob queue(ImportJob.Kind kind, String startedBy) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("INSERT INTO catalog_import_job (id, started_by, "
                        + "queued_at, state, rows_done, rows_total, replica, heartbeat_at, kind) VALUES (?1, ?2, ?3, 'QUEUED', 0, 0, ?4, ?3, ?5)")
                .setParameter(1, id).setParameter(2, startedBy).setParameter(3, now.atOffset(ZoneOffset.UTC)).setParameter(4, replica)
                .setParameter(5, kind.name()).executeUpdate());
        return new ImportJob(id, startedBy, now, ImportJob.State.QUEUED, 0, 0, null, null, kind);
    }

    @Override
    public Optional<ImportJob> job(UUID id) {
        List<ImportJob> found = read(" WHERE id = ?1", id, 1);
        return found.stream().findFirst();
    }

    @Override
    public List<ImportJob> recent(int limit) {
        return read("", null, Math.max(1, Math.min(limit, 500)));
    }

    private void run(UUID id, FileFormat format, String data) {
        update(id, ImportJob.State.RUNNING, 0, 0, null, null);
        try {
            ImportReport report = catalog.importProducts(format, new StringReader(data), progressOf(id));
            update(id, ImportJob.State.DONE, report.rowsRead(), report.rowsRead(), report, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "catalog import %s failed", id);
            ImportJob current = job(id).orElseThrow();
            update(id, ImportJob.State.FAILED, current.rowsDone(), current.rowsTotal(), null, "the import stopped after "
                    + current.rowsDone() + " rows: " + e.getMessage() + "; rows before that are stored, and importing the file again is safe");
        }
    }

    private void rebuild(UUID id) {
        update(id, ImportJob.State.RUNNING, 0, 0, null, null);
        try {
            long indexed = catalog.reindex(progressOf(id));
            update(id, ImportJob.State.DONE, indexed, indexed, null, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "search index rebuild %s failed", id);
            ImportJob current = job(id).orElseThrow();
            update(id, ImportJob.State.FAILED, current.rowsDone(), current.rowsTotal(), null, "the rebuild stopped after "
                    + current.rowsDone() + " products: " + e.getMessage() + "; search keeps the documents it has, and rebuilding again is safe");
        }
    }

    /** Writes a job's progress, at most every second and at the end. */
    private ImportProgress progressOf(UUID id) {
        long[] written = {0};
        return (done, total) -> {
            long now = System.nanoTime();
            if (now - written[0] > 1_000_000_000L || done == total) {
                written[0] = now;
                update(id, ImportJob.State.RUNNING, done, total, null, null);
            }
        };
    }

    private void update(UUID id, ImportJob.State state, long done, long total, ImportReport report, String failure) {
        String json;
        try {
            json = report == null ? null : JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("UPDATE catalog_import_job SET state = ?2, "
                        + "rows_done = ?3, rows_total = ?4, report = ?5, failure = ?6, heartbeat_at = ?7 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, state.name()).setParameter(3, done).setParameter(4, total).setParameter(5, json)
                .setParameter(6, failure == null ? null : failure.length() > 2000 ? failure.substring(0, 2000) : failure)
                .setParameter(7, Instant.now().atOffset(ZoneOffset.UTC)).executeUpdate());
    }

    /** Moves the heartbeat of this replica's unfinished jobs, so other replicas know it still holds them. */
    private void beat() {
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("UPDATE catalog_import_job SET heartbeat_at = ?1 "
                            + "WHERE replica = ?2 AND state IN ('QUEUED', 'RUNNING')")
                    .setParameter(1, Instant.now().atOffset(ZoneOffset.UTC)).setParameter(2, replica).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("import heartbeat not written: %s", e.getMessage());
        }
    }

    private List<ImportJob> read(String where, UUID id, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM catalog_import_job" + where
                    + " ORDER BY queued_at DESC FETCH FIRST " + limit + " ROWS ONLY");
            if (id != null) {
                query.setParameter(1, id);
            }
            List<ImportJob> jobs = new ArrayList<>();
            for (Object row : query.getResultList()) {
                jobs.add(job((Object[]) row));
            }
            return jobs;
        });
    }

    private ImportJob job(Object[] c) {
        ImportJob.State state = ImportJob.State.valueOf((String) c[3]);
        String failure = (String) c[7];
        boolean unfinished = state == ImportJob.State.QUEUED || state == ImportJob.State.RUNNING;
        ImportJob.Kind kind = ImportJob.Kind.valueOf((String) c[10]);
        if (unfinished && !replica.equals(c[8]) && Timestamps.instant(c[9]).isBefore(Instant.now().minus(STOPPED_AFTER))) {
            state = ImportJob.State.FAILED;
            failure = kind == ImportJob.Kind.REINDEX
                    ? "the store that ran this rebuild stopped after " + ((Number) c[4]).longValue() + " products; rebuilding again is safe"
                    : "the store that ran this import stopped after " + ((Number) c[4]).longValue() + " rows; rows before that are "
                    + "stored, and importing the file again is safe";
        }
        ImportReport report;
        try {
            report = c[6] == null ? null : JSON.readValue(c[6].toString(), ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import report of " + c[0] + " is not readable", e);
        }
        return new ImportJob(UUID.fromString(c[0].toString()), (String) c[1], Timestamps.instant(c[2]), state,
                ((Number) c[4]).longValue(), ((Number) c[5]).longValue(), report, failure, kind);
    }

    void stop(@Observes ShutdownEvent event) {
        runner.shutdownNow();
        heartbeat.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }
}
