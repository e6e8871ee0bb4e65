package com.concierge.checkout.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The order was cancelled; its units went back on hand. Version 1.
 *
 * @param refundedMinor what was refunded with the cancellation (0 when nothing had been paid)
 */
public record OrderCancelled(UUID eventId, Instant occurredAt, UUID orderId, String orderNumber, String reason,
                             long refundedMinor, String currency, boolean assisted) implements IntegrationEvent {

    public static final String CHANNEL = "checkout-order-cancelled";
}
