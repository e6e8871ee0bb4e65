package com.concierge.measurement.internal.kpi;

import com.concierge.measurement.api.Kpi;
import com.concierge.measurement.internal.analytics.Analytics;
import com.concierge.measurement.internal.audit.AuditRecord;
import com.concierge.measurement.internal.intents.ConversationFacts;
import com.concierge.measurement.internal.intents.OrderFacts;
import io.quarkus.scheduler.Scheduled;
import org.hibernate.jpa.HibernateHints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Recomputes and stores the KPIs of whole days (UTC). A day's values change after the day ends
 * (orders follow conversations, returns follow orders), so the job recomputes the last
 * {@code cc.measurement.kpi.recompute-days} days every {@code cc.measurement.kpi.every}.
 */
@ApplicationScoped
public class DailyKpis {

    private static final Logger LOG = Logger.getLogger(DailyKpis.class);

    private final Clock clock = Clock.systemUTC();
    private final int recomputeDays;

    private final Analytics analytics;

    DailyKpis(Analytics analytics, @ConfigProperty(name = "cc.measurement.kpi.recompute-days", defaultValue = "7") int recomputeDays) {
        this.analytics = analytics;
        this.recomputeDays = recomputeDays;
    }

    /**
     * Replaces the day's stored KPIs (and intent analytics, {@link Analytics}) with values computed
     * from the intent records now; returns the KPIs.
     */
    @Transactional
    public List<Kpi> recompute(LocalDate day) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        // read-only: nothing is written back, so Hibernate keeps no snapshots to compare at commit
        List<ConversationFacts> conversations = ConversationFacts.<ConversationFacts>find("startedAt >= ?1 and startedAt < ?2", from, to)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
        List<OrderFacts> orders = OrderFacts.<OrderFacts>find("placedAt >= ?1 and placedAt < ?2", from, to)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
        List<AuditRecord> audits = AuditRecord.list("answeredOn = ?1 and status = ?2", day, AuditRecord.GRADED);
        List<Kpi> kpis = KpiCalculator.compute(day, conversations, orders, audits);
        analytics.recompute(day);
        KpiRecord.delete("key.day", day);
        Instant now = clock.instant();
        KpiRecord.persist(kpis.stream().map(k -> KpiRecord.of(k, now)));
        return kpis;
    }

    /** Stored values for the days from {@code from} to {@code to} (inclusive), one category or all ({@code null}). */
    @Transactional
    public List<Kpi> stored(LocalDate from, LocalDate to, String category) {
        String query = "key.day >= ?1 and key.day <= ?2" + (category == null ? "" : " and key.category = ?3")
                + " order by key.day, key.category, key.kpi, key.split";
        List<KpiRecord> records = category == null ? KpiRecord.list(query, from, to) : KpiRecord.list(query, from, to, category);
        return records.stream().map(KpiRecord::toKpi).toList();
    }

    @Scheduled(every = "${cc.measurement.kpi.every:5m}", delayed = "${cc.measurement.kpi.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recomputeRecentDays() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (int back = recomputeDays - 1; back >= 0; back--) {
            try {
                recompute(today.minusDays(back));
            } catch (RuntimeException e) {
                LOG.warnf("KPI recompute of %s failed, retried at the next run: %s", today.minusDays(back), e.toString());
            }
        }
    }
}
