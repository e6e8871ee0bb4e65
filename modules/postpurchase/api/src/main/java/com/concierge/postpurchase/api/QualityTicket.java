package com.concierge.postpurchase.api;

import com.concierge.kernel.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Returns that contradict what the assistant claimed for a product: "too loud" on a blender it
 * recommended as quiet. One ticket per product, claim and reason; each such return adds to it.
 *
 * @param subject       what the claim rests on: "attribute noise", "reason code quiet"
 * @param claim         the claim as the receipt showed it ("Noise level: 52 dB")
 * @param returns       how many returns contradicted it
 * @param revenueAtRisk what those returned units sold for
 * @param cases         each return with its order and the receipt it contradicts, oldest first
 */
public record QualityTicket(UUID id, UUID product, String sku, String title, String subject, String claim, ReturnReason reason,
                            int returns, Money revenueAtRisk, List<Case> cases, Instant openedAt, Instant lastAt) {

    public QualityTicket {
        cases = List.copyOf(cases);
    }

    /** A return that contradicted the claim. */
    public record Case(UUID returnId, String returnNumber, UUID orderId, String orderNumber, UUID receipt, Instant at) {
    }
}
