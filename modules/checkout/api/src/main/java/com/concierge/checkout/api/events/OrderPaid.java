package com.concierge.checkout.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The order's payment was captured. Version 1. */
public record OrderPaid(UUID eventId, Instant occurredAt, UUID orderId, String orderNumber, long amountMinor, String currency,
                        String provider, boolean assisted) implements IntegrationEvent {

    public static final String CHANNEL = "checkout-order-paid";
}
