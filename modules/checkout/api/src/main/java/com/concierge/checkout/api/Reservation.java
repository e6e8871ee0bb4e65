package com.concierge.checkout.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Stock held for a cart while the shopper checks out.
 *
 * @param quantities units held, by SKU
 * @param expiresAt  when the hold ends and the units go back to other buyers
 */
public record Reservation(UUID cart, Map<String, Integer> quantities, Instant expiresAt) {
    public Reservation {
        quantities = Map.copyOf(quantities);
    }
}
