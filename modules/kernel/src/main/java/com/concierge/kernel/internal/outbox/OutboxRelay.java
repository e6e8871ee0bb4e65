package com.concierge.kernel.internal.outbox;

import com.concierge.kernel.events.EventRoute;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.kernel.events.Outbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Delivers committed outbox rows to their channels. Rows are claimed with {@code FOR UPDATE SKIP
 * LOCKED} (where the database has it), so several replicas can relay the same table; a row is
 * marked sent only after every consumer acknowledged it, so a crash in between redelivers it and
 * the consumers' inbox absorbs the duplicate.
 */
@ApplicationScoped
class OutboxRelay implements Outbox {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 50;
    private static final long ACK_TIMEOUT_SECONDS = 30;
    /** A round stops claiming more work after this long, well inside the transaction timeout (60 s). */
    private static final Duration ROUND_BUDGET = Duration.ofSeconds(20);
    /** Hibernate's lock-timeout value meaning SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    private final EntityManager entityManager;
    private final Duration keepDelivered;
    private final EventRoutes routes;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock delivering = new ReentrantLock();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean paused = new AtomicBoolean();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    OutboxRelay(EntityManager entityManager, EventRoutes routes, ObjectMapper json,
                @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cc.kernel.outbox.keep-delivered", defaultValue = "7D")
                Duration keepDelivered) {
        this.keepDelivered = keepDelivered;
        this.entityManager = entityManager;
        this.routes = routes;
        this.json = json;
    }

    @Override
    public void start() {
        started.set(true);
        nudge();
    }

    @Override
    public void pause() {
        paused.set(true);
        delivering.lock(); // wait for a delivery in progress to finish
        delivering.unlock();
    }

    @Override
    public void resume() {
        paused.set(false);
        nudge();
    }

    @Override
    public boolean isDelivering() {
        return started.get() && !paused.get();
    }

    /** The safety net under {@link #nudge()}: picks up retries and rows committed by other replicas. */
    @Scheduled(every = "${cc.kernel.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        nudge();
    }

    /**
     * Delivered rows are kept {@code cc.kernel.outbox.keep-delivered} (7 days) for operators, then
     * deleted: their payloads hold what shoppers did, which docs/privacy.md keeps no longer than needed.
     */
    @Scheduled(every = "${cc.kernel.outbox.purge-every:1h}", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOldDelivered() {
        if (!started.get()) {
            return;
        }
        try {
            int deleted = QuarkusTransaction.requiringNew().call(() -> purgeDelivered(clock.instant().minus(keepDelivered)));
            if (deleted > 0) {
                LOG.infof("Deleted %d outbox rows delivered before %s ago", deleted, keepDelivered);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Purging delivered outbox rows failed, retried at the next run: %s", e.toString());
        }
    }

    /** Asks for a delivery round soon, on the relay thread; coalesces bursts of commits. */
    void nudge() {
        if (isDelivering() && nudged.compareAndSet(false, true)) {
            try {
                nudges.execute(() -> {
                    nudged.set(false);
                    try {
                        deliverPending();
                    } catch (RuntimeException e) {
                        LOG.warnf("Outbox delivery round failed, retrying at the next poll: %s", e.toString());
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                nudged.set(false); // shutting down: the rows stay in the outbox for the next start
            }
        }
    }

    @Override
    public int deliverPending() {
        if (!isDelivering()) {
            return 0;
        }
        delivering.lock();
        try {
            int delivered = 0;
            Round round;
            do {
                round = QuarkusTransaction.requiringNew().call(this::deliverBatch);
                delivered += round.delivered();
            } while (round.claimed() == BATCH && isDelivering());
            return delivered;
        } finally {
            delivering.unlock();
        }
    }

    /** @param claimed rows locked for this round; @param delivered of those, acknowledged by every consumer */
    private record Round(int claimed, int delivered) {
    }

    private Round deliverBatch() {
        Instant now = clock.instant();
        Instant stopAt = now.plus(ROUND_BUDGET);
        // First the candidates, in index order and without locks (H2 locks every row a FOR UPDATE
        // query looks at, not just the ones returned), then lock those still pending; rows another
        // replica holds are skipped and picked up by a later round.
        List<Long> candidates = entityManager.createQuery(
                        "select m.seq from OutboxMessage m where m.sentAt is null and m.nextAttemptAt <= :now order by m.sentAt, m.seq",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
        if (candidates.isEmpty()) {
            return new Round(0, 0);
        }
        List<OutboxMessage> due = entityManager.createQuery(
                        "from OutboxMessage m where m.seq in :candidates and m.sentAt is null order by m.seq", OutboxMessage.class)
                .setParameter("candidates", candidates)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
        int delivered = 0;
        for (OutboxMessage message : due) {
            if (clock.instant().isAfter(stopAt)) {
                break; // slow consumers: leave the rest to the next round, in a fresh transaction
            }
            try {
                EventRoute<?> route = routes.forType(message.eventType);
                IntegrationEvent event = (IntegrationEvent) json.readValue(message.payload, route.type());
                route.send(event).toCompletableFuture().get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                message.delivered(clock.instant());
                delivered++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                message.failed("interrupted", clock.instant());
                break;
            } catch (Exception e) {
                Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
                message.failed(cause.toString(), clock.instant());
                LOG.warnf("Delivery of %s %s failed (attempt %d, next at %s): %s", message.eventType, message.eventId,
                        message.attempts, message.nextAttemptAt, cause);
            }
        }
        return new Round(due.size(), delivered);
    }

    @Override
    @jakarta.transaction.Transactional
    public int forgetDelivered(java.util.Collection<String> needles) {
        int deleted = 0;
        for (String needle : needles) {
            if (needle == null || needle.isBlank()) {
                continue;
            }
            deleted += entityManager.createNativeQuery("DELETE FROM kernel_outbox WHERE sent_at IS NOT NULL AND payload LIKE :needle")
                    .setParameter("needle", "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                    .executeUpdate();
        }
        return deleted;
    }

    @Override
    @jakarta.transaction.Transactional
    public int purgeDelivered(Instant before) {
        return entityManager.createNativeQuery("DELETE FROM kernel_outbox WHERE sent_at IS NOT NULL AND sent_at < :before")
                .setParameter("before", before).executeUpdate();
    }

    @Override
    public Status status() {
        Object[] counts = (Object[]) entityManager.createNativeQuery("""
                SELECT COALESCE(SUM(CASE WHEN sent_at IS NULL THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN sent_at IS NULL AND attempts > 0 THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END), 0)
                FROM kernel_outbox""").getSingleResult();
        return new Status(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(), ((Number) counts[2]).longValue());
    }

    /**
     * Stops delivery when shutdown begins, while the database is still open: a round in progress
     * finishes, none starts (waiting for bean destruction let rounds run into a closed
     * EntityManagerFactory).
     */
    void onShutdown(@Observes ShutdownEvent event) {
        stop();
    }

    @PreDestroy
    void stop() {
        paused.set(true);
        nudges.shutdown();
        try {
            nudges.awaitTermination(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
