package com.concierge.assistant.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a signed-in shopper bought, for help after the sale ("my blender smells like burning"): a
 * port the post-purchase module implements from checkout's orders, so the assistant never depends
 * on checkout (which depends on the assistant for attribution). Without an implementation the
 * assistant helps from the category the shopper names and asks them to sign in.
 */
public interface Purchases {

    /** The shopper's purchased lines, newest order first; cancelled orders left out. */
    List<Purchase> of(String subject);

    /**
     * One line bought.
     *
     * @param delivered      whether the order has been delivered
     * @param status         where the order is, in words ("paid", "shipped", "delivered", "refunded")
     * @param carrier        the parcel's carrier once shipped with one, else null
     * @param trackingNumber its tracking number, else null
     */
    record Purchase(UUID product, String sku, String title, String category, UUID order, String orderNumber, Instant placedAt,
                    boolean delivered, String status, String carrier, String trackingNumber) {

        /** A line of an order whose shipping is not known (tests, and callers that need only what was bought). */
        public Purchase(UUID product, String sku, String title, String category, UUID order, String orderNumber, Instant placedAt,
                        boolean delivered) {
            this(product, sku, title, category, order, orderNumber, placedAt, delivered, delivered ? "delivered" : "placed", null, null);
        }
    }
}
