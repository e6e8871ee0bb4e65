package com.concierge.web.archfixture.alpha.internal;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** Violation: an event outside an api.events package. */
public record StrayEvent(UUID eventId, Instant occurredAt) implements IntegrationEvent {
}
