package com.concierge.kernel.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in one module that others may react to. Implementations are immutable
 * records carrying ids and value snapshots, never entities. Changes are additive; a breaking
 * change is a new event type.
 */
public interface IntegrationEvent {

    /** Unique per occurrence; consumers de-duplicate on it. */
    UUID eventId();

    /** When it happened, in the publisher's clock. */
    Instant occurredAt();
}
