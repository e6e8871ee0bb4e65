package com.concierge.checkout.api;

import com.concierge.kernel.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An order as placed, with where it is now.
 *
 * @param number        what a person reads and quotes ("CC-7KQ3-M9XD")
 * @param owner         the signed-in shopper's subject, or null for a guest order
 * @param payment       the payment's state and the card as the provider described it (brand, last four)
 * @param refunded      refunded so far
 * @param assisted      whether any line was recommended by the assistant in the shopper's conversation
 * @param history       every state change, oldest first
 * @param shipment      the parcel's carrier and tracking number once fulfilled with them, else null
 */
public record Order(UUID id, String number, String owner, String email, Status status, List<Line> lines, Cart.Totals totals,
                    String region, String shippingOption, String discountCode, Payment payment, Money refunded,
                    boolean assisted, List<Change> history, Instant placedAt, Shipment shipment) {

    public Order {
        lines = List.copyOf(lines);
        history = List.copyOf(history);
    }

    /**
     * placed → paid → fulfilled → delivered; placed or paid → cancelled; paid, fulfilled or delivered →
     * refunded (a partial refund keeps the status and grows {@code refunded}; the full amount makes it REFUNDED).
     */
    public enum Status {
        PLACED, PAID, FULFILLED, DELIVERED, CANCELLED, REFUNDED;

        /** As a shopper reads it: "shipped" for FULFILLED, else the name in lower case ("delivered"). */
        public String word() {
            return this == FULFILLED ? "shipped" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** When the order was last marked delivered (its last DELIVERED change: the carrier's time), or null if it never was. */
    public Instant deliveredAt() {
        Instant at = null;
        for (Change change : history) {
            if (change.status() == Status.DELIVERED) {
                at = change.at();
            }
        }
        return at;
    }

    /**
     * One line as sold.
     *
     * @param conversation the assistant conversation that recommended this variant, or null
     * @param receipt      the decision receipt of that recommendation, or null
     */
    public record Line(String sku, UUID product, String title, Map<String, String> options, String category, int quantity,
                       Money unitPrice, Money lineTotal, UUID conversation, UUID receipt) {
        public Line {
            options = Map.copyOf(options);
        }
    }

    /**
     * @param status        AUTHORIZED, CAPTURED, REQUIRES_ACTION, REFUNDED, PARTIALLY_REFUNDED, VOIDED
     * @param reference     the provider's reference
     * @param nextActionUrl where the shopper completes a REQUIRES_ACTION payment, else null
     */
    public record Payment(String provider, String status, String reference, String cardBrand, String cardLast4, String nextActionUrl) {
    }

    /** How the parcel travels: the carrier and its tracking number. */
    public record Shipment(String carrier, String trackingNumber) {
    }

    /** A state change: when, to what, and why (a reason or who did it). */
    public record Change(Instant at, Status status, String note) {
    }
}
