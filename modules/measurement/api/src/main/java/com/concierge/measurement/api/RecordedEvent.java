package com.concierge.measurement.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One integration event as the measurement log received it.
 *
 * @param type simple name of the event type, e.g. {@code ProductPublished}
 * @param payload the event as JSON
 */
public record RecordedEvent(UUID eventId, String type, Instant occurredAt, Instant receivedAt, String payload) {
}
