package com.concierge.checkout.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Units of a variant were added to a cart. Version 1.
 *
 * @param owner          the shopper's subject, or null for a guest cart
 * @param conversationId the assistant conversation the add came from, or null
 * @param quantity       the units added by this request (not the line's new total)
 */
public record CartLineAdded(UUID eventId, Instant occurredAt, UUID cartId, String owner, UUID conversationId, UUID productId,
                            String sku, String category, int quantity, long unitPriceMinor) implements IntegrationEvent {

    public static final String CHANNEL = "checkout-cart-line-added";
}
