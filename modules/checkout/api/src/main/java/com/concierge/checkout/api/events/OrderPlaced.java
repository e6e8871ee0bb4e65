package com.concierge.checkout.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order was placed. Version 1.
 *
 * @param owner         the shopper's subject, or null for a guest (no e-mail or address: measurement needs none)
 * @param cartCreatedAt when the cart was opened (time from first add to order)
 * @param assisted      whether any line is attributed to an assistant recommendation
 * @param conversations the assistant conversations the cart came from
 */
public record OrderPlaced(UUID eventId, Instant occurredAt, UUID orderId, String orderNumber, String owner, String currency,
                         long subtotalMinor, long discountMinor, long shippingMinor, long taxMinor, long totalMinor,
                         String region, String discountCode, boolean assisted, List<UUID> conversations, List<Line> lines,
                         Instant cartCreatedAt) implements IntegrationEvent {

    public static final String CHANNEL = "checkout-order-placed";

    public OrderPlaced {
        conversations = List.copyOf(conversations);
        lines = List.copyOf(lines);
    }

    /** One line, with its attribution (null conversation and receipt when the assistant did not recommend it). */
    public record Line(UUID productId, String sku, String category, int quantity, long unitPriceMinor, UUID conversationId,
                       UUID receiptId) {
    }
}
