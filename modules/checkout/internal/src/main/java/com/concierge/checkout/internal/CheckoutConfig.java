package com.concierge.checkout.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** Checkout settings ({@code cc.checkout.*}; docs/checkout.md). */
@ConfigMapping(prefix = "cc.checkout")
public interface CheckoutConfig {

    /** The store's currency: prices, shipping costs and discounts are in it. */
    @WithDefault("USD")
    String currency();

    /** Most units of one variant in one cart. */
    @WithDefault("10")
    int maxQuantityPerLine();

    /** Most lines in one cart. */
    @WithDefault("50")
    int maxLines();

    /** How long a checkout holds the stock. */
    @WithDefault("15M")
    Duration reservationTtl();

    /** How long an order waits for a payment that requires the shopper's action before it is cancelled. */
    @WithDefault("30M")
    Duration paymentActionTtl();

    /** How long idempotency keys are kept (at least 24 hours). */
    @WithDefault("24H")
    Duration idempotencyRetention();

    /** How long a second request with the same key waits for the first to finish. */
    @WithDefault("30S")
    Duration idempotencyWait();

    /**
     * When a key still in progress is taken as abandoned (its request died with a crashed store) and
     * the next retry with the same key and body runs the order again, with the same order id, so the
     * payment provider does not charge twice. Longer than any order takes, payment included.
     */
    @WithDefault("2M")
    Duration idempotencyAbandonedAfter();

    /** Tax rates by region code ("US" → 7.25 means 7.25 %), applied to the discounted goods and shipping. */
    Map<String, BigDecimal> taxPercent();

    Shipping shipping();

    interface Shipping {
        /** Standard shipping, in the store currency. */
        @WithDefault("5.99")
        BigDecimal standardCost();

        /** Standard shipping is free from this discounted subtotal on. */
        @WithDefault("75.00")
        BigDecimal freeOver();

        @WithDefault("14.99")
        BigDecimal expressCost();

        @WithDefault("1")
        int expressMinDays();

        @WithDefault("2")
        int expressMaxDays();
    }
}
