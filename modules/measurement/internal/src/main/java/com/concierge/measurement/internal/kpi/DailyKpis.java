package com.concierge.measurement.internal.kpi;

import com.concierge.measurement.api.Kpi;
import com.concierge.measurement.internal.analytics.Analytics;
import com.concierge.measurement.internal.audit.AuditRecord;
import com.concierge.measurement.internal.intents.ConversationFacts;
import com.concierge.measurement.internal.intents.OrderFacts;
import com.concierge.measurement.internal.Rows;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** Only the columns the formulas read; a day can hold hundreds of thousands of conversations. */
    private static final String CONVERSATIONS = "SELECT started_at, category, turns, questions, answered, refused, recommending_turns, "
            + "zero_result_turns, impressions, sponsored_impressions, first_cart_add_at, handoff_at, ordered_at "
            + "FROM measurement_conversation WHERE started_at >= ? AND started_at < ?";
    private static final String ORDERS = "SELECT category, total_minor, assisted, attached, cancelled_at, returned_at "
            + "FROM measurement_order WHERE placed_at >= ? AND placed_at < ?";

    private final Analytics analytics;
    private final EntityManager entityManager;

    DailyKpis(Analytics analytics, EntityManager entityManager, @ConfigProperty(name = "cc.measurement.kpi.recompute-days", defaultValue = "7") int recomputeDays) {
        this.analytics = analytics;
        this.entityManager = entityManager;
        this.recomputeDays = recomputeDays;
    }

    /**
     * Replaces the day's stored KPIs (and intent analytics, {@link Analytics}) with values computed
     * from the intent records now; returns the KPIs. Recomputes wait for each other (a row lock in
     * {@code measurement_lock}, so across replicas too): two of the same day would both delete and
     * both insert its rows.
     */
    @Transactional
    public List<Kpi> recompute(LocalDate day) {
        entityManager.createNativeQuery("select name from measurement_lock where name = 'kpi-recompute' for update").getResultList();
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<ConversationFacts> conversations = Rows.list(entityManager, CONVERSATIONS, List.of(from, to), DailyKpis::conversation);
        List<OrderFacts> orders = Rows.list(entityManager, ORDERS, List.of(from, to), DailyKpis::order);
        List<AuditRecord> audits = AuditRecord.list("answeredOn = ?1 and status = ?2", day, AuditRecord.GRADED);
        List<Kpi> kpis = KpiCalculator.compute(day, conversations, orders, audits);
        analytics.recompute(day);
        KpiRecord.delete("key.day", day);
        Instant now = clock.instant();
        KpiRecord.persist(kpis.stream().map(k -> KpiRecord.of(k, now)));
        return kpis;
    }

    private static ConversationFacts conversation(ResultSet row) throws SQLException {
        ConversationFacts c = new ConversationFacts();
        c.startedAt = Rows.instant(row, 1);
        c.category = row.getString(2);
        c.turns = row.getInt(3);
        c.questions = row.getInt(4);
        c.answered = row.getInt(5);
        c.refused = row.getInt(6);
        c.recommendingTurns = row.getInt(7);
        c.zeroResultTurns = row.getInt(8);
        c.impressions = row.getInt(9);
        c.sponsoredImpressions = row.getInt(10);
        c.firstCartAddAt = Rows.instant(row, 11);
        c.handoffAt = Rows.instant(row, 12);
        c.orderedAt = Rows.instant(row, 13);
        return c;
    }

    private static OrderFacts order(ResultSet row) throws SQLException {
        OrderFacts o = new OrderFacts();
        o.category = row.getString(1);
        o.totalMinor = row.getLong(2);
        o.assisted = row.getBoolean(3);
        o.attached = row.getBoolean(4);
        o.cancelledAt = Rows.instant(row, 5);
        o.returnedAt = Rows.instant(row, 6);
        return o;
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
