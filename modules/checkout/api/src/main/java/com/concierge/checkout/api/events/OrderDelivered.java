package com.concierge.checkout.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The order reached the shopper (recorded by staff or a carrier feed): return windows and
 * replenishment intervals count from {@code deliveredAt}. Version 1.
 *
 * @param deliveredAt when it was delivered, which may be before the event ({@code occurredAt} is when it was recorded)
 * @param skus        the order's SKUs
 */
public record OrderDelivered(UUID eventId, Instant occurredAt, UUID orderId, String orderNumber, Instant deliveredAt, List<String> skus,
                             boolean assisted) implements IntegrationEvent {

    public static final String CHANNEL = "checkout-order-delivered";

    public OrderDelivered {
        skus = List.copyOf(skus);
    }
}
