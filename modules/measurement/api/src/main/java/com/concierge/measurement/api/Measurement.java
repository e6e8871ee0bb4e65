package com.concierge.measurement.api;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/** The measurement facade: the event log, KPIs, intent records and analytics, answer audits, privacy. */
public interface Measurement {

    /** The longest range of days a report or export covers. */
    int MAX_DAYS = 367;

    /** How many times the event log recorded {@code eventId}: 1 once delivered, never more. */
    long timesRecorded(UUID eventId);

    /** The newest recorded events first. */
    List<RecordedEvent> recentEvents(int limit);

    /**
     * Records events given as JSON Lines ({@code {"eventType": …, "payload": {…}}}, the event log's
     * shape), in batches; each is recorded once, however often it is given. Lines that are not
     * events are reported by number; every valid line is still recorded.
     */
    IngestReport ingest(Reader jsonLines);

    /**
     * The demo store's simulated past (docs/kpis.md#demo-history): conversations, orders with and without
     * the assistant, parts bought together and returns for the {@code days} days ending {@code last},
     * made from the catalog's products and recorded as a backfill would be, then each day's KPIs
     * computed. The same catalog and days record nothing new a second time.
     *
     * @param days 1–90
     */
    IngestReport loadDemoHistory(LocalDate last, int days);

    /**
     * Stored KPI values (docs/kpis.md) for the days {@code from} to {@code to} inclusive, for one
     * category or, when {@code category} is null, every category and {@link Kpi#ALL}.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the range is over {@value #MAX_DAYS} days
     */
    List<Kpi> kpis(LocalDate from, LocalDate to, String category);

    /**
     * Computes one day's KPIs and intent analytics from the intent records now, stores and returns the KPIs.
     *
     * @throws IllegalArgumentException when the day's records are past their retention period (its stored values stay)
     */
    List<Kpi> recomputeKpis(LocalDate day);

    /** The intent records of conversations that started from {@code from} to {@code to} (inclusive), ready to stream. */
    IntentExport exportIntents(LocalDate from, LocalDate to, IntentExport.Format format);

    /** Top intents and words with their trend, words the vocabulary lacks, unmet intents (docs/intent-analytics.md). */
    IntentAnalytics intentAnalytics(LocalDate from, LocalDate to, String category);

    /**
     * The sponsored-placement ledger from {@code from} to {@code to} (inclusive): per product and day,
     * the sponsored impressions and what followed them; newest day first, then most impressions.
     * Ended sponsorships keep their lines.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the range is over {@value #MAX_DAYS} days
     */
    List<SponsoredDelivery> sponsoredLedger(LocalDate from, LocalDate to);

    /** Adds a random sample of the day's answers to the audit queue, up to the configured daily size; returns those added. */
    List<AuditItem> sampleAudits(LocalDate day);

    /** Audit items with the status (null: all), oldest answer first. */
    List<AuditItem> audits(AuditItem.Status status, int limit);

    /** How many audit items have the status. */
    long auditCount(AuditItem.Status status);

    Optional<AuditItem> audit(UUID id);

    /**
     * Grades an audit item (1 to 5 each) and recomputes its day's audit KPIs.
     *
     * @throws NoSuchElementException   for an unknown item
     * @throws IllegalArgumentException for a score outside 1..5 or a comment over 2,000 characters
     */
    AuditItem gradeAudit(UUID id, Integer accuracy, Integer policy, Integer tone, String comment, String reviewer);

    /** Everything measurement holds about a signed-in shopper (their subject); empty for none. */
    ShopperHistory history(String shopper);

    /** Erases a shopper's records here and in the assistant's conversation store (docs/privacy.md). */
    ErasureReport erase(String shopper);

    /** Applies the retention periods now (the daily job does this too). */
    PurgeReport purge();
}
