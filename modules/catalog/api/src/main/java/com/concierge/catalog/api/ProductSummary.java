package com.concierge.catalog.api;

import com.concierge.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product as a card or a search hit shows it.
 *
 * @param sku         the first variant's SKU
 * @param price       the lowest variant price ("from")
 * @param inStock     whether any variant has stock on hand
 * @param rating      average review rating 1–5, null when unrated
 * @param reasonCodes the product's reason codes ("quiet", "easy_to_clean")
 * @param image       the first image, or null
 * @param attributes  the stated attribute values by key, normalized: numbers in the dimension's
 *                    canonical unit (BigDecimal), choices and text as strings, yes/no as booleans,
 *                    lists as lists of strings
 */
public record ProductSummary(UUID id, String handle, String sku, String category, String title, String brand, String description,
                             Money price, boolean inStock, BigDecimal rating, int reviewCount, List<String> reasonCodes, String image,
                             Map<String, Object> attributes) {

    public ProductSummary {
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
