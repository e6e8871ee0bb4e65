package com.concierge.postpurchase.api;

import com.concierge.kernel.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A return (RMA) and where it stands.
 *
 * @param number    what a person quotes ("RT-7KQ3-M9XD")
 * @param owner     the shopper's subject, or null for a guest order
 * @param quote     what the shopper gets back, computed when the return was asked for
 * @param refunded  what was refunded (zero until {@link Status#REFUNDED})
 * @param label     the return label once issued, else null
 * @param resellable whether the received items went back on hand; null until received
 * @param history   every state change, oldest first
 */
public record ReturnCase(UUID id, String number, UUID orderId, String orderNumber, String owner, Status status, ReturnReason reason,
                         String comment, boolean opened, List<Line> lines, Quote quote, Money refunded, Label label, Boolean resellable,
                         List<Change> history, Instant requestedAt) {

    public ReturnCase {
        lines = List.copyOf(lines);
        history = List.copyOf(history);
    }

    /**
     * requested → approved or refused; approved → label issued → received (approved → received when
     * the parcel comes without a label); received → refunded or exchanged. Refused, refunded and
     * exchanged are final.
     */
    public enum Status {
        REQUESTED, APPROVED, REFUSED, LABEL_ISSUED, RECEIVED, REFUNDED, EXCHANGED;

        public boolean isFinal() {
            return this == REFUSED || this == REFUNDED || this == EXCHANGED;
        }

        /** The code clients send and read in links: "label-issued". */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The status with this code ("label-issued", "LABEL_ISSUED"), or null for none or a blank one. */
        public static Status parse(String code) {
            if (code == null || code.isBlank()) {
                return null;
            }
            try {
                return valueOf(code.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /**
     * One returned SKU.
     *
     * @param policyId the return policy that allowed it
     * @param receipt  the assistant's decision receipt the order line was attributed to, or null
     */
    public record Line(String sku, UUID product, String title, String category, int quantity, Money unitPrice, String policyId,
                       int restockingFeePercent, UUID receipt) {
    }

    /**
     * How the refund adds up: the items' share of what was paid (after the order's discount, with
     * its tax), less the restocking fee, plus shipping when the store was at fault; never more than
     * what is left to refund on the order.
     */
    public record Quote(Money items, Money restockingFee, Money shipping, Money total) {
    }

    /** The label the shopper ships the parcel with. */
    public record Label(String carrier, String trackingNumber) {
    }

    /** A state change: when, to what, by whom or why. */
    public record Change(Instant at, Status status, String note) {
    }
}
