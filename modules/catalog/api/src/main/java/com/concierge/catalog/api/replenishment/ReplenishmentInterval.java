package com.concierge.catalog.api.replenishment;

import java.util.Set;
import java.util.UUID;

/**
 * How often a consumable runs out or wears out (docs/postpurchase.md#replenishment): a filter every
 * 90 days, a blade assembly every year. After delivery the shopper may ask to be reminded; the
 * reminder comes this many days after the parcel arrived.
 *
 * @param id         lower-case letters, digits and '-' ("hepa-filters")
 * @param products   the products it is for (empty: every product of its categories)
 * @param categories the categories it is for; one of products or categories must name something
 * @param days       1 to 730
 * @param advice     what to do then, as the reminder says it ("Replace the filter: a clogged one loses suction.")
 */
public record ReplenishmentInterval(String id, Set<UUID> products, Set<String> categories, int days, String advice) {

    public static final int MAX_DAYS = 730;

    public ReplenishmentInterval {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("interval id '" + id + "' must be 1 to 64 lower-case letters, digits and '-'");
        }
        products = products == null ? Set.of() : Set.copyOf(products);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        if (products.isEmpty() && categories.isEmpty()) {
            throw new IllegalArgumentException("interval '" + id + "' names no product and no category: a reminder for everything is never right");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days is " + days + "; an interval is 1 to " + MAX_DAYS + " days");
        }
        if (advice == null || advice.isBlank() || advice.strip().length() > 300) {
            throw new IllegalArgumentException("advice is required, at most 300 characters: what the shopper should do when the reminder comes");
        }
        advice = advice.strip();
    }

    /** Whether it is for that product of that category. */
    public boolean covers(UUID product, String category) {
        return products.isEmpty() ? categories.contains(category) : products.contains(product);
    }
}
