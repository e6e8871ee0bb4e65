package com.concierge.postpurchase.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A return was refunded (checkout's {@code OrderRefunded} says the same of the order's money).
 * Version 1.
 */
public record RefundIssued(UUID eventId, Instant occurredAt, UUID returnId, String returnNumber, UUID orderId, long amountMinor,
                           String currency) implements IntegrationEvent {

    public static final String CHANNEL = "postpurchase-refund-issued";
}
