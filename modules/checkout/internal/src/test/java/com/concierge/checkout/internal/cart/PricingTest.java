package com.concierge.checkout.internal.cart;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.checkout.api.Discount;
import com.concierge.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PricingTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<Pricing.Line> LINES = List.of(
            new Pricing.Line("BLENDER", "blenders", 1, Money.parse("89.99", "USD")),
            new Pricing.Line("JAR", "blender-parts", 2, Money.parse("12.50", "USD")));

    private static Pricing.Priced price(Discount discount, String shipping, String freeOver, String tax) {
        return Pricing.price(USD, LINES, discount, TODAY, shipping == null ? null : Money.parse(shipping, "USD"),
                freeOver == null ? null : Money.parse(freeOver, "USD"), tax == null ? null : new BigDecimal(tax));
    }

    @Test
    void withoutARegionOnlyTheGoodsAreKnown() {
        Pricing.Priced priced = price(null, null, null, null);
        assertThat(priced.totals().subtotal().minorUnits()).isEqualTo(11499);
        assertThat(priced.totals().total().minorUnits()).isEqualTo(11499);
        assertThat(priced.totals().complete()).isFalse();
    }

    @Test
    void aCategoryPercentageCountsOnlyItsLinesAndTaxIsOnDiscountedGoodsAndShipping() {
        Discount parts = new Discount("parts20", Discount.Kind.PERCENT, 20, null, "blender-parts", null, null, null, true);
        Pricing.Priced priced = price(parts, "5.99", null, "7.25");
        assertThat(priced.discountProblem()).isNull();
        assertThat(priced.totals().discount().minorUnits()).isEqualTo(-500);
        // (114.99 - 5.00 + 5.99) * 7.25 % = 8.40855 → 8.41
        assertThat(priced.totals().tax().minorUnits()).isEqualTo(841);
        assertThat(priced.totals().total().minorUnits()).isEqualTo(11499 - 500 + 599 + 841);
        assertThat(priced.totals().complete()).isTrue();
    }

    @Test
    void percentagesRoundHalfUpOnceAndAnAmountNeverExceedsItsLines() {
        Discount third = new Discount("THIRD", Discount.Kind.PERCENT, 33, null, null, null, null, null, true);
        assertThat(price(third, null, null, null).totals().discount().minorUnits()).isEqualTo(-3795); // 33 % of 114.99 = 37.9467
        Discount big = new Discount("BIG", Discount.Kind.AMOUNT, 5000, "USD", "blender-parts", null, null, null, true);
        assertThat(price(big, null, null, null).totals().discount().minorUnits()).isEqualTo(-2500);
    }

    @Test
    void freeShippingCountsTheGoodsAfterTheDiscount() {
        assertThat(price(null, "5.99", "100.00", null).totals().shipping().minorUnits()).isZero();
        Discount twenty = new Discount("TWENTY", Discount.Kind.AMOUNT, 2000, "USD", null, null, null, null, true);
        assertThat(price(twenty, "5.99", "100.00", null).totals().shipping().minorUnits()).isEqualTo(599);
    }

    @Test
    void aCodeOutsideItsRulesGivesNothingAndSaysWhy() {
        Discount minimum = new Discount("BIGSPEND", Discount.Kind.PERCENT, 10, null, null, Money.parse("150.00", "USD"), null, null, true);
        assertThat(price(minimum, null, null, null).discountProblem()).isEqualTo("Code BIGSPEND needs a subtotal of 150.00 USD; add 35.01 USD more.");
        assertThat(price(minimum, null, null, null).totals().discount().minorUnits()).isZero();
        Discount ended = new Discount("SUMMER", Discount.Kind.PERCENT, 10, null, null, null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), true);
        assertThat(price(ended, null, null, null).discountProblem()).isEqualTo("Code SUMMER is not valid today (2026-06-01 to 2026-08-31).");
        Discount paused = new Discount("PAUSED", Discount.Kind.PERCENT, 10, null, null, null, null, null, false);
        assertThat(price(paused, null, null, null).discountProblem()).contains("paused");
        Discount knives = new Discount("KNIVES", Discount.Kind.PERCENT, 10, null, "kitchen-knives", null, null, null, true);
        assertThat(price(knives, null, null, null).discountProblem()).isEqualTo("Code KNIVES applies to kitchen-knives only, and none is in the cart.");
        Discount euros = new Discount("EUROS", Discount.Kind.AMOUNT, 500, "EUR", null, null, null, null, true);
        assertThat(price(euros, null, null, null).discountProblem()).isEqualTo("Code EUROS is for EUR carts.");
    }
}
