package com.concierge.measurement.internal;

import com.concierge.measurement.api.AuditItem;
import com.concierge.measurement.api.ErasureReport;
import com.concierge.measurement.api.IngestReport;
import com.concierge.measurement.api.IntentAnalytics;
import com.concierge.measurement.api.IntentExport;
import com.concierge.measurement.api.Kpi;
import com.concierge.measurement.api.Measurement;
import com.concierge.measurement.api.PurgeReport;
import com.concierge.measurement.api.RecordedEvent;
import com.concierge.measurement.api.ShopperHistory;
import com.concierge.measurement.api.SponsoredDelivery;
import com.concierge.measurement.internal.analytics.Analytics;
import com.concierge.measurement.internal.analytics.SponsoredLedger;
import com.concierge.measurement.internal.audit.AnswerAudits;
import com.concierge.measurement.internal.intents.IntentExports;
import com.concierge.measurement.internal.kpi.DailyKpis;
import com.concierge.measurement.internal.privacy.Privacy;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.Reader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The measurement facade: checks arguments and hands each job to the part that does it. */
@ApplicationScoped
class MeasurementService implements Measurement {

    private final EventImport imports;
    private final jakarta.enterprise.inject.Instance<com.concierge.catalog.api.Catalog> catalog;
    private final String currency;
    private final DailyKpis kpis;
    private final IntentExports exports;
    private final Analytics analytics;
    private final AnswerAudits audits;
    private final Privacy privacy;
    private final SponsoredLedger sponsored;

    MeasurementService(EventImport imports, DailyKpis kpis, IntentExports exports, Analytics analytics, AnswerAudits audits, Privacy privacy,
                       SponsoredLedger sponsored, jakarta.enterprise.inject.Instance<com.concierge.catalog.api.Catalog> catalog,
                       @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cc.store.currency", defaultValue = "USD") String currency) {
        this.catalog = catalog;
        this.currency = currency;
        this.imports = imports;
        this.kpis = kpis;
        this.exports = exports;
        this.analytics = analytics;
        this.audits = audits;
        this.privacy = privacy;
        this.sponsored = sponsored;
    }

    @Override
    @Transactional
    public long timesRecorded(UUID eventId) {
        return LoggedEvent.count("eventId", eventId);
    }

    @Override
    @Transactional
    public List<RecordedEvent> recentEvents(int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
        return LoggedEvent.<LoggedEvent>findAll(Sort.descending("seq")).page(0, limit).list().stream()
                .map(LoggedEvent::toRecord).toList();
    }

    @Override
    public IngestReport ingest(Reader jsonLines) {
        return imports.ingest(jsonLines instanceof BufferedReader buffered ? buffered : new BufferedReader(jsonLines, 1 << 16));
    }

    @Override
    @Transactional(Transactional.TxType.NEVER) // the import commits in batches
    public IngestReport loadDemoHistory(LocalDate last, int days) {
        if (days < 1 || days > 90) {
            throw new IllegalArgumentException("days must be between 1 and 90");
        }
        var history = new com.concierge.measurement.internal.demo.SimulatedHistory(
                com.concierge.measurement.internal.demo.SimulatedHistory.products(catalog.get(), 40), currency, 2026);
        IngestReport report = imports.ingest(history.events(last, days));
        for (LocalDate day = last.minusDays(days - 1L); !day.isAfter(last); day = day.plusDays(1)) {
            kpis.recompute(day);
        }
        return report;
    }

    @Override
    public List<Kpi> kpis(LocalDate from, LocalDate to, String category) {
        range(from, to);
        return kpis.stored(from, to, category(category));
    }

    @Override
    public List<Kpi> recomputeKpis(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("day is required (YYYY-MM-DD)");
        }
        if (day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(privacy.recordsKeptFrom())) {
            throw new IllegalArgumentException("the intent records of " + day + " are past their retention period; its stored KPIs stay as they are");
        }
        return kpis.recompute(day);
    }

    @Override
    public IntentExport exportIntents(LocalDate from, LocalDate to, IntentExport.Format format) {
        range(from, to);
        return exports.export(from.atStartOfDay(ZoneOffset.UTC).toInstant(), to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                format == null ? IntentExport.Format.JSONL : format);
    }

    @Override
    public IntentAnalytics intentAnalytics(LocalDate from, LocalDate to, String category) {
        range(from, to);
        return analytics.report(from, to, category(category));
    }

    @Override
    public List<SponsoredDelivery> sponsoredLedger(LocalDate from, LocalDate to) {
        range(from, to);
        return sponsored.between(from, to);
    }

    @Override
    public List<AuditItem> sampleAudits(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("day is required (YYYY-MM-DD)");
        }
        return audits.sample(day);
    }

    @Override
    public List<AuditItem> audits(AuditItem.Status status, int limit) {
        return audits.queue(status, limit);
    }

    @Override
    public long auditCount(AuditItem.Status status) {
        return audits.count(status);
    }

    @Override
    public Optional<AuditItem> audit(UUID id) {
        return audits.item(id);
    }

    @Override
    @Transactional
    public AuditItem gradeAudit(UUID id, Integer accuracy, Integer policy, Integer tone, String comment, String reviewer) {
        AuditItem graded = audits.grade(id, accuracy, policy, tone, comment, reviewer);
        kpis.recompute(graded.answeredOn());
        return graded;
    }

    @Override
    public ShopperHistory history(String shopper) {
        return privacy.history(shopper(shopper));
    }

    @Override
    public ErasureReport erase(String shopper) {
        return privacy.erase(shopper(shopper));
    }

    @Override
    public PurgeReport purge() {
        return privacy.purge();
    }

    private static String shopper(String shopper) {
        if (shopper == null || shopper.isBlank()) {
            throw new IllegalArgumentException("a shopper (identity subject) is required");
        }
        return shopper.strip();
    }

    private static String category(String category) {
        return category == null || category.isBlank() ? null : category.strip();
    }

    private static void range(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are required (YYYY-MM-DD)");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("from " + from + " to " + to + " is not a range of 1 to " + MAX_DAYS + " days");
        }
    }
}
