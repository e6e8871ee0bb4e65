package com.concierge.assistant.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Filters a shopper chose on the search page, to take back into the conversation
 * ({@link Assistant#filter}). Every part may be empty.
 *
 * @param category   the category key, or null for the conversation's own
 * @param priceMin   lowest price in major units of the store currency, or null
 * @param priceMax   highest price, or null
 * @param minRating  at least this average rating (0–5), or null
 * @param brands     any of these brands
 * @param ranges     attribute key → bounds in the attribute's canonical unit (as the catalog search takes them)
 * @param values     attribute key → any of these values ("yes" / "no" for yes/no attributes)
 */
public record SearchFilters(String category, BigDecimal priceMin, BigDecimal priceMax, BigDecimal minRating, List<String> brands,
                            Map<String, Range> ranges, Map<String, List<String>> values) {

    public SearchFilters {
        brands = brands == null ? List.of() : List.copyOf(brands);
        ranges = ranges == null ? Map.of() : Map.copyOf(ranges);
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    /** Either bound may be null. */
    public record Range(BigDecimal min, BigDecimal max) {
    }
}
