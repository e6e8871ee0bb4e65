package com.concierge.measurement.api;

import java.util.List;
import java.util.UUID;

/** The measurement facade. */
public interface Measurement {

    /** How many times the event log recorded {@code eventId}: 1 once delivered, never more. */
    long timesRecorded(UUID eventId);

    /** The newest recorded events first. */
    List<RecordedEvent> recentEvents(int limit);
}
