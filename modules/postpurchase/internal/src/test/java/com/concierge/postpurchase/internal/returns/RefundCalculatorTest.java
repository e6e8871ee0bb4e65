package com.concierge.postpurchase.internal.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.postpurchase.internal.returns.RefundCalculator.OrderAmounts;
import com.concierge.postpurchase.internal.returns.RefundCalculator.Result;
import com.concierge.postpurchase.internal.returns.RefundCalculator.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RefundCalculatorTest {

    /** $100 + 2 × $25 blender parts, 10% off, $8 shipping, 8% tax on the discounted goods. */
    private static final OrderAmounts ORDER = new OrderAmounts(150_00, 15_00, 8_00, 10_80, 153_80, 0);

    @Test
    void aReturnGivesBackTheItemsShareOfWhatWasPaidAfterDiscountWithTax() {
        Result blender = RefundCalculator.quote(ORDER, List.of(), List.of(new Units("BL", 1, 100_00, 0)), false, false, false);

        // 100 of 150 list: 2/3 of (150 − 15 + 10.80) = 97.20; shipping stays with a change of mind
        assertThat(blender).isEqualTo(new Result(97_20, 0, 0, 97_20));
    }

    @Test
    void anOpenedItemPaysItsPolicysRestockingFeeUnlessTheStoreWasAtFault() {
        List<Units> opened = List.of(new Units("BL", 1, 100_00, 15));

        assertThat(RefundCalculator.quote(ORDER, List.of(), opened, true, false, false)).isEqualTo(new Result(97_20, 14_58, 0, 82_62));
        assertThat(RefundCalculator.quote(ORDER, List.of(), opened, true, true, false)).as("defective: no fee, shipping back")
                .isEqualTo(new Result(97_20, 0, 8_00, 105_20));
        assertThat(RefundCalculator.quote(ORDER, List.of(), opened, true, true, true)).as("shipping came back with an earlier return")
                .isEqualTo(new Result(97_20, 0, 0, 97_20));
    }

    @Test
    void returnsOneByOneAddUpToExactlyWhatTheItemsCostOnceEverythingIsBack() {
        List<Units> earlier = new ArrayList<>();
        long total = 0;
        for (Units part : List.of(new Units("P", 1, 25_00, 0), new Units("BL", 1, 100_00, 0), new Units("P", 1, 25_00, 0))) {
            total += RefundCalculator.quote(ORDER, earlier, List.of(part), false, false, false).total();
            earlier.add(part);
        }

        assertThat(total).isEqualTo(150_00 - 15_00 + 10_80);
    }

    @Test
    void neverMoreThanIsLeftOnTheOrder() {
        OrderAmounts mostlyRefunded = new OrderAmounts(150_00, 15_00, 8_00, 10_80, 153_80, 150_00);

        assertThat(RefundCalculator.quote(mostlyRefunded, List.of(), List.of(new Units("BL", 1, 100_00, 0)), false, true, false).total())
                .isEqualTo(3_80);
    }

    /**
     * Whatever the order's amounts and however its units come back (one at a time or several, opened
     * or not, the store at fault or not), the refunds never add up to more than was paid, none is
     * negative, and each stays inside what was left when it was paid.
     */
    @Property(tries = 500)
    void refundsNeverExceedWhatWasPaid(@ForAll @IntRange(min = 1, max = 4) int skus, @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                       @ForAll @IntRange(min = 0, max = 100) int discountPercent, @ForAll @IntRange(min = 0, max = 25) int taxPercent,
                                       @ForAll @LongRange(min = 0, max = 5_000) long shipping) {
        Random random = new Random(seed);
        List<Units> bought = new ArrayList<>();
        long subtotal = 0;
        for (int i = 0; i < skus; i++) {
            Units units = new Units("S" + i, 1 + random.nextInt(5), 1 + random.nextInt(100_000), random.nextInt(4) * 10);
            bought.add(units);
            subtotal += units.unitPrice() * units.quantity();
        }
        long discount = subtotal * discountPercent / 100;
        long tax = (subtotal - discount) * taxPercent / 100;
        long paid = subtotal - discount + tax + shipping;
        long refunded = 0;
        List<Units> earlier = new ArrayList<>();
        boolean shippingBack = false;
        List<Units> left = new ArrayList<>(bought);
        while (!left.isEmpty()) {
            Units from = left.remove(random.nextInt(left.size()));
            int quantity = 1 + random.nextInt(from.quantity());
            if (quantity < from.quantity()) {
                left.add(new Units(from.sku(), from.quantity() - quantity, from.unitPrice(), from.feePercent()));
            }
            Units part = new Units(from.sku(), quantity, from.unitPrice(), from.feePercent());
            boolean storeFault = random.nextBoolean();
            OrderAmounts order = new OrderAmounts(subtotal, discount, shipping, tax, paid, refunded);
            Result result = RefundCalculator.quote(order, earlier, List.of(part), random.nextBoolean(), storeFault, shippingBack);

            assertThat(result.total()).isBetween(0L, paid - refunded);
            assertThat(result.fee()).isBetween(0L, result.items());
            refunded += result.total();
            shippingBack |= result.shipping() > 0;
            earlier.add(part);
        }
        assertThat(refunded).isLessThanOrEqualTo(paid);
    }
}
