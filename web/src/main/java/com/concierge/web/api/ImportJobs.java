package com.concierge.web.api;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.imports.ImportReport;
import com.concierge.kernel.files.FileFormat;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Catalog imports started through the API run here, one at a time in the background, so a large
 * file neither holds an HTTP request open nor competes with another import for the same rows.
 * The last {@value #KEPT} jobs are kept for their reports.
 */
@ApplicationScoped
public class ImportJobs {

    static final int KEPT = 50;
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** What a merchandiser polls: state, progress, and the report when done. */
    public record Job(UUID id, String startedBy, Instant queuedAt, State state, long rowsDone, long rowsTotal, ImportReport report,
                      String failure) {
    }

    private final Catalog catalog;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "catalog-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    ImportJobs(Catalog catalog) {
        this.catalog = catalog;
    }

    Job start(FileFormat format, String data, String startedBy) {
        UUID id = UUID.randomUUID();
        Job queued = new Job(id, startedBy, Instant.now(), State.QUEUED, 0, 0, null, null);
        jobs.put(id, queued);
        forgetOld();
        runner.submit(() -> run(queued, format, data));
        return queued;
    }

    Optional<Job> job(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job, FileFormat format, String data) {
        update(job.id(), State.RUNNING, 0, 0, null, null);
        try {
            ImportReport report = catalog.importProducts(format, new StringReader(data),
                    (done, total) -> update(job.id(), State.RUNNING, done, total, null, null));
            update(job.id(), State.DONE, report.rowsRead(), report.rowsRead(), report, null);
            LOG.infof("catalog import %s by %s: %d rows, %d stored, %d refused", job.id(), job.startedBy(), report.rowsRead(),
                    report.acceptedSkus().size(), report.rowsRefused());
        } catch (RuntimeException e) {
            LOG.errorf(e, "catalog import %s failed", job.id());
            Job current = jobs.get(job.id());
            update(job.id(), State.FAILED, current.rowsDone(), current.rowsTotal(), null,
                    "the import stopped after " + current.rowsDone() + " rows: " + e.getMessage()
                            + "; rows before that are stored, and importing the file again is safe");
        }
    }

    private void update(UUID id, State state, long done, long total, ImportReport report, String failure) {
        jobs.computeIfPresent(id, (key, job) -> new Job(id, job.startedBy(), job.queuedAt(), state, done, total, report, failure));
    }

    private void forgetOld() {
        if (jobs.size() <= KEPT) {
            return;
        }
        List<Job> finished = new ArrayList<>(jobs.values().stream().filter(j -> j.state() == State.DONE || j.state() == State.FAILED).toList());
        finished.sort(Comparator.comparing(Job::queuedAt));
        for (int i = 0; i < finished.size() && jobs.size() > KEPT; i++) {
            jobs.remove(finished.get(i).id());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        runner.shutdownNow();
    }
}
