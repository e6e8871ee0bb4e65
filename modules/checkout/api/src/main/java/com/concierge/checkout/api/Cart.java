package com.concierge.checkout.api;

import com.concierge.kernel.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cart as the shopper sees it now: prices and stock re-read from the catalog, totals computed,
 * warnings for what needs the shopper's attention.
 *
 * @param owner           the signed-in shopper's subject, or null for a guest cart
 * @param version         grows with every change; an order names the version it was shown
 * @param region          where it ships ("US"), or null until the shopper says
 * @param shippingOption  the chosen option's id, or null
 * @param shippingOptions what can be chosen for this cart and region (empty without a region)
 * @param discountCode    the applied code, or null
 * @param totals          subtotal, discount, shipping, tax and total; shipping and tax are zero
 *                        until a region is set ({@link Totals#complete()} says whether they are known)
 * @param notices         what changed since the shopper last looked ("The price of … went from $99.00 to $89.00")
 * @param warnings        what needs action: compatibility, stock, shipping
 * @param conversations   assistant conversations this cart came from (orders are attributed through them)
 * @param reservedUntil   while a checkout holds the stock, when the hold ends; null otherwise
 */
public record Cart(UUID id, String owner, Status status, long version, String currency, List<Line> lines, String region,
                   String shippingOption, List<ShippingOption> shippingOptions, String discountCode, Totals totals,
                   List<String> notices, List<Warning> warnings, List<UUID> conversations, Instant reservedUntil,
                   Instant updatedAt) {

    public Cart {
        lines = List.copyOf(lines);
        shippingOptions = List.copyOf(shippingOptions);
        notices = List.copyOf(notices);
        warnings = List.copyOf(warnings);
        conversations = List.copyOf(conversations);
    }

    public enum Status { ACTIVE, ORDERED, MERGED }

    /**
     * One variant in the cart.
     *
     * @param available units a buyer can have right now (the quantity may exceed it: see warnings)
     */
    public record Line(String sku, UUID product, String title, Map<String, String> options, String image, int quantity,
                       Money unitPrice, Money lineTotal, int available) {
        public Line {
            options = Map.copyOf(options);
        }
    }

    /**
     * How a cart or order adds up, all in the cart's currency.
     *
     * @param complete whether shipping and tax are known (a region is set)
     */
    public record Totals(Money subtotal, Money discount, Money shipping, Money tax, Money total, boolean complete) {
    }

    /**
     * A way to ship this cart.
     *
     * @param cost    zero when free
     * @param minDays business days, from the catalog's shipping policies
     */
    public record ShippingOption(String id, String label, Money cost, int minDays, int maxDays, String note) {
    }

    /**
     * Something the shopper should act on.
     *
     * @param kind    REQUIRES, DOES_NOT_FIT, LOW_STOCK, OUT_OF_STOCK, DOES_NOT_SHIP, DISCOUNT
     * @param sku     the line it is about, or null for the whole cart
     * @param message the problem and the fix in words
     * @param fix     the product (and variant) that fixes it, or null
     */
    public record Warning(String kind, String sku, String message, Fix fix) {
    }

    /** A product that resolves a warning: the required part, or the compatible model. */
    public record Fix(UUID product, String sku, String title) {
    }
}
