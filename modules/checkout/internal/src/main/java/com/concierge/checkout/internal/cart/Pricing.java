package com.concierge.checkout.internal.cart;

import com.concierge.checkout.api.Cart;
import com.concierge.checkout.api.Discount;
import com.concierge.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * How a cart adds up, in minor units of one currency: subtotal, the discount code's rule
 * (category, minimum spend, date range), shipping, then tax on the discounted goods and shipping.
 * Rounding happens once per amount, half up. No I/O: everything it needs is passed in.
 */
public final class Pricing {

    /** A line to price. */
    public record Line(String sku, String category, int quantity, Money unitPrice) {
    }

    /**
     * The result.
     *
     * @param discountProblem why the cart's code gives nothing right now, or null
     */
    public record Priced(Cart.Totals totals, String discountProblem) {
    }

    private Pricing() {
    }

    /**
     * @param discount   the cart's code, or null
     * @param shipping   the chosen option's cost before the free-shipping rule, or null without a region
     * @param freeOver   standard shipping is free from this discounted subtotal on (null: never)
     * @param taxPercent the region's rate, or null without a region
     */
    public static Priced price(Currency currency, List<Line> lines, Discount discount, LocalDate today, Money shipping,
                               Money freeOver, BigDecimal taxPercent) {
        long subtotal = 0;
        for (Line line : lines) {
            subtotal = Math.addExact(subtotal, line.unitPrice().times(line.quantity()).minorUnits());
        }
        String problem = null;
        long off = 0;
        if (discount != null) {
            problem = whyNot(discount, currency, lines, subtotal, today);
            if (problem == null) {
                off = discountAmount(discount, eligible(discount, lines));
            }
        }
        long goods = subtotal - off;
        long shippingCost = shipping == null ? 0 : shipping.minorUnits();
        if (shipping != null && freeOver != null && goods >= freeOver.minorUnits()) {
            shippingCost = 0;
        }
        long tax = taxPercent == null ? 0 : BigDecimal.valueOf(goods + shippingCost).multiply(taxPercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
        boolean complete = shipping != null && taxPercent != null;
        return new Priced(new Cart.Totals(money(subtotal, currency), money(-off, currency), money(shippingCost, currency),
                money(tax, currency), money(goods + shippingCost + tax, currency), complete), problem);
    }

    private static long eligible(Discount discount, List<Line> lines) {
        return lines.stream().filter(l -> discount.category() == null || discount.category().equals(l.category()))
                .mapToLong(l -> l.unitPrice().times(l.quantity()).minorUnits()).sum();
    }

    private static long discountAmount(Discount discount, long eligible) {
        return switch (discount.kind()) {
            case PERCENT -> BigDecimal.valueOf(eligible).multiply(BigDecimal.valueOf(discount.value()))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
            case AMOUNT -> Math.min(discount.value(), eligible);
        };
    }

    private static String whyNot(Discount discount, Currency currency, List<Line> lines, long subtotal, LocalDate today) {
        if (!discount.runsOn(today)) {
            return "Code " + discount.code() + " is not valid today" + window(discount) + ".";
        }
        if (discount.kind() == Discount.Kind.AMOUNT && !currency.getCurrencyCode().equals(discount.currency())) {
            return "Code " + discount.code() + " is for " + discount.currency() + " carts.";
        }
        if (discount.minSpend() != null && discount.minSpend().currency().equals(currency) && subtotal < discount.minSpend().minorUnits()) {
            return "Code " + discount.code() + " needs a subtotal of " + discount.minSpend() + "; add "
                    + money(discount.minSpend().minorUnits() - subtotal, currency) + " more.";
        }
        if (eligible(discount, lines) == 0) {
            return "Code " + discount.code() + " applies to " + discount.category() + " only, and none is in the cart.";
        }
        return null;
    }

    private static String window(Discount discount) {
        if (!discount.active()) {
            return " (paused)";
        }
        if (discount.startsOn() != null && discount.endsOn() != null) {
            return " (" + discount.startsOn() + " to " + discount.endsOn() + ")";
        }
        return discount.startsOn() != null ? " (from " + discount.startsOn() + ")" : discount.endsOn() != null ? " (ended " + discount.endsOn() + ")" : "";
    }

    private static Money money(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    /** {@code 5.99} in {@code currency}. */
    public static Money amount(BigDecimal value, Currency currency) {
        return Money.parse(value.toPlainString(), currency.getCurrencyCode().toUpperCase(Locale.ROOT));
    }
}
