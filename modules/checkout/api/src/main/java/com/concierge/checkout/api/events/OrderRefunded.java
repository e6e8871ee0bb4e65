package com.concierge.checkout.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Money went back to the shopper. Version 1.
 *
 * @param amountMinor        this refund
 * @param totalRefundedMinor everything refunded on the order so far
 * @param full               whether the order is now refunded in full
 */
public record OrderRefunded(UUID eventId, Instant occurredAt, UUID orderId, String orderNumber, long amountMinor,
                            long totalRefundedMinor, String currency, boolean full, String reason, boolean assisted)
        implements IntegrationEvent {

    public static final String CHANNEL = "checkout-order-refunded";
}
