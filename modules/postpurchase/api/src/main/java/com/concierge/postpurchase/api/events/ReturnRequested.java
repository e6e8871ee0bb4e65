package com.concierge.postpurchase.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A shopper asked to return units of an order. Version 1.
 *
 * @param reason  the reason code ("too-loud")
 * @param lines   what is sent back, each with the decision receipt its order line was attributed to
 */
public record ReturnRequested(UUID eventId, Instant occurredAt, UUID returnId, String returnNumber, UUID orderId, String orderNumber,
                              String reason, List<Line> lines) implements IntegrationEvent {

    public static final String CHANNEL = "postpurchase-return-requested";

    public ReturnRequested {
        lines = List.copyOf(lines);
    }

    /** @param receipt the assistant's decision receipt, or null when the line was not recommended */
    public record Line(String sku, UUID product, String category, int quantity, long unitPriceMinor, UUID receipt) {
    }
}
