package com.concierge.measurement.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One conversation's intent record: what the shopper asked (redacted), the constraints read from
 * it, what was shown, what went into the cart, what was ordered and what happened to the order.
 * The shopper is not named; {@code signedIn} says whether one was known.
 */
public record IntentRecord(UUID conversation, Instant startedAt, String category, boolean signedIn, List<Message> messages,
                           List<CartAdd> cartAdds, List<Order> orders) {

    public IntentRecord {
        messages = List.copyOf(messages);
        cartAdds = List.copyOf(cartAdds);
        orders = List.copyOf(orders);
    }

    /**
     * One message and its answer. {@code text} and {@code uncoveredWords} are empty after the text
     * retention period (docs/privacy.md).
     */
    public record Message(int turn, Instant at, String text, String intent, String category, List<String> constraintFields,
                          List<String> constraintWords, List<String> uncoveredWords, List<Shown> shown, int relaxations,
                          Boolean answered, String refusedTopic) {
    }

    public record Shown(UUID product, UUID receipt, boolean sponsored) {
    }

    public record CartAdd(Instant at, UUID cart, UUID conversation, UUID product, String sku, String category, int quantity,
                          long unitPriceMinor) {
    }

    public record Order(UUID order, Instant placedAt, String category, String currency, long totalMinor, boolean assisted,
                        boolean attached, List<String> skus, List<UUID> conversations, Instant cancelledAt, long refundedMinor,
                        Instant returnedAt, String returnReason) {
    }
}
