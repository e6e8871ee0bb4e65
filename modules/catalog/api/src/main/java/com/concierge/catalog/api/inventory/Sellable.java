package com.concierge.catalog.api.inventory;

import com.concierge.kernel.Money;
import java.util.Map;
import java.util.UUID;

/**
 * One variant as checkout sees it: what it is, what it costs now, and how many can be bought now.
 *
 * @param category  the product's category key, or null
 * @param onHand    units in the warehouse (the feed's count minus what was sold since)
 * @param reserved  units held by checkouts in progress
 * @param image     the product's first image, or null
 */
public record Sellable(UUID product, String handle, String title, String brand, String category, String sku,
                       Map<String, String> options, Money price, int onHand, int reserved, String image) {

    public Sellable {
        options = Map.copyOf(options);
    }

    /** Units a new buyer can have: on hand and not held by someone else's checkout. */
    public int available() {
        return Math.max(onHand - reserved, 0);
    }

    /** "black, 1.5 L", or "" for a product without options. */
    public String optionText() {
        return String.join(", ", options.values());
    }
}
