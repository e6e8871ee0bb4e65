package com.concierge.measurement.api;

import java.util.List;
import java.util.UUID;

/** The measurement facade. */
public interface Measurement {

    /** How many times the event log recorded {@code eventId}: 1 once delivered, never more. */
    long timesRecorded(UUID eventId);

    /** The newest recorded events first. */
    List<RecordedEvent> recentEvents(int limit);

    /**
     * Stored KPI values (docs/kpis.md) for the days {@code from} to {@code to} inclusive, for one
     * category or, when {@code category} is null, every category and {@link Kpi#ALL}.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the range is over 366 days
     */
    List<Kpi> kpis(java.time.LocalDate from, java.time.LocalDate to, String category);

    /** Computes one day's KPIs from the intent records now, stores and returns them. */
    List<Kpi> recomputeKpis(java.time.LocalDate day);
}
