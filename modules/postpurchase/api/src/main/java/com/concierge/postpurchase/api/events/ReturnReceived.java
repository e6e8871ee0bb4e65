package com.concierge.postpurchase.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The returned parcel arrived; {@code resellable} units went back on hand. Version 1. */
public record ReturnReceived(UUID eventId, Instant occurredAt, UUID returnId, String returnNumber, UUID orderId, boolean resellable)
        implements IntegrationEvent {

    public static final String CHANNEL = "postpurchase-return-received";
}
