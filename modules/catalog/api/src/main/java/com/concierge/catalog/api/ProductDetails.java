package com.concierge.catalog.api;

import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.reasons.ReasonCode;
import com.concierge.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the catalog knows about one product, read from the database (never from the search
 * index, so product pages work while search is down).
 *
 * @param handle     the import's product key, stable across imports ("calma-900")
 * @param category   category key, null for a product added without one
 * @param whoFor     who the product suits, in the merchandiser's words
 * @param whoNotFor  who should pick something else
 * @param boundaries what it explicitly does not do ("not dishwasher safe")
 * @param attributes in the category schema's order
 */
public record ProductDetails(UUID id, String handle, String category, String title, String brand, String description,
                             List<String> bullets, List<String> images, String whoFor, String whoNotFor, List<String> boundaries,
                             List<Attribute> attributes, List<Variant> variants, List<ReasonCode> reasonCodes, BigDecimal rating,
                             int reviewCount, Instant createdAt, Instant updatedAt) {

    public ProductDetails {
        bullets = List.copyOf(bullets);
        images = List.copyOf(images);
        boundaries = List.copyOf(boundaries);
        attributes = List.copyOf(attributes);
        variants = List.copyOf(variants);
        reasonCodes = List.copyOf(reasonCodes);
    }

    /**
     * One stated attribute value.
     *
     * @param value   the normalized value: a number in {@code unit} (the dimension's canonical unit), a
     *                string, a boolean, or a list of strings
     * @param unit    canonical unit symbol for numbers with a dimension, else null
     * @param display the value for people, in the attribute's display unit ("1.89 L", "yes")
     * @param source  what the product data said ("64 fl oz")
     */
    public record Attribute(String key, String label, AttributeType type, Object value, String unit, String display, String source) {
    }

    /** A sellable variant. */
    public record Variant(String sku, Map<String, String> options, Money price, int stock) {
        public Variant {
            options = Map.copyOf(options);
        }
    }

    /** The lowest price of any variant. */
    public Money fromPrice() {
        return variants.stream().map(Variant::price).min((a, b) -> Long.compare(a.minorUnits(), b.minorUnits())).orElseThrow();
    }

    public boolean inStock() {
        return variants.stream().anyMatch(v -> v.stock() > 0);
    }

    /** The attribute with this key, if stated. */
    public java.util.Optional<Attribute> attribute(String key) {
        return attributes.stream().filter(a -> a.key().equals(key)).findFirst();
    }
}
