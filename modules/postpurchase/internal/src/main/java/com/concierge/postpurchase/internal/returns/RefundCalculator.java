package com.concierge.postpurchase.internal.returns;

import java.math.BigInteger;
import java.util.List;

/**
 * How much a return gives back, in minor units. Pure arithmetic, so it is tested on its own
 * (RefundCalculatorTest, including a property over random partial returns).
 *
 * <p>The order's paid value for its items is {@code subtotal − discount + tax}; a set of returned
 * units is worth its share of that by list price, rounded down. A return is worth what the units
 * returned so far are worth with it minus what they were worth without it, so the returns of an
 * order add up to at most the items' paid value, and to exactly that value once every unit is back.
 * A restocking fee is charged on opened items unless the store was at fault; shipping comes back
 * once, when the store was at fault. Nothing is ever more than what is left to refund on the order.
 */
final class RefundCalculator {

    private RefundCalculator() {
    }

    /**
     * The order's amounts, all in one currency's minor units.
     *
     * @param discount       the discount as a positive amount
     * @param refundedSoFar  refunded on the order already, by any means
     */
    record OrderAmounts(long subtotal, long discount, long shipping, long tax, long total, long refundedSoFar) {

        long itemsPaid() {
            return Math.max(0, subtotal - discount + tax);
        }

        long left() {
            return Math.max(0, total - refundedSoFar);
        }
    }

    /** Units of one SKU at its list price; {@code feePercent} is the restocking fee its policy charges on opened items. */
    record Units(String sku, int quantity, long unitPrice, int feePercent) {
    }

    /** What a return gives back: {@code total = items − fee + shipping}, capped at what is left on the order. */
    record Result(long items, long fee, long shipping, long total) {
    }

    /**
     * @param earlier                units of the order's earlier returns that were not refused
     * @param returned               this return's units
     * @param shippingRefundedBefore whether an earlier return already gave the shipping back
     */
    static Result quote(OrderAmounts order, List<Units> earlier, List<Units> returned, boolean opened, boolean storeFault,
                        boolean shippingRefundedBefore) {
        long before = worth(order, earlier, List.of());
        long items = worth(order, earlier, returned) - before;
        long fee = 0;
        if (opened && !storeFault) {
            for (Units u : returned) {
                fee += share(order, BigInteger.valueOf(u.unitPrice()).multiply(BigInteger.valueOf(u.quantity()))
                        .multiply(BigInteger.valueOf(u.feePercent())), 100);
            }
            fee = Math.min(fee, items);
        }
        long shipping = storeFault && !shippingRefundedBefore ? order.shipping() : 0;
        long total = Math.min(items - fee + shipping, order.left());
        return new Result(items, fee, shipping, Math.max(0, total));
    }

    /** What these units together are worth of the items' paid value, rounded down. */
    private static long worth(OrderAmounts order, List<Units> a, List<Units> b) {
        BigInteger list = BigInteger.ZERO;
        for (List<Units> part : List.of(a, b)) {
            for (Units u : part) {
                list = list.add(BigInteger.valueOf(u.unitPrice()).multiply(BigInteger.valueOf(u.quantity())));
            }
        }
        return share(order, list, 1);
    }

    /** {@code listAmount / divisor} as a share of the items' paid value, rounded down. */
    private static long share(OrderAmounts order, BigInteger listAmount, long divisor) {
        if (order.subtotal() <= 0) {
            return 0;
        }
        return listAmount.multiply(BigInteger.valueOf(order.itemsPaid()))
                .divide(BigInteger.valueOf(order.subtotal()).multiply(BigInteger.valueOf(divisor))).longValueExact();
    }
}
