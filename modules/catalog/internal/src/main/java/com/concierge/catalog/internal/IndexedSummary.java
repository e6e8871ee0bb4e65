package com.concierge.catalog.internal;

import com.concierge.catalog.api.ProductSummary;
import com.concierge.kernel.Money;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product's search card as the index keeps it beside the document (the {@code summary} field,
 * stored, not searchable): a search answers its hits from the index alone instead of loading each
 * product and its variants from the database (ADR 19). Written from the entity whenever the document
 * is; attributes keep the database column's JSON form ({@link StoredValue}), so a hit read back equals
 * the entity's own {@link Product#toSummary()}.
 */
public final class IndexedSummary {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** The stored form; {@code rating} as written (scale kept). */
    record Stored(UUID id, String handle, String sku, String category, String title, String brand, String description, long priceMinor,
                  String currency, boolean inStock, BigDecimal rating, int reviewCount, List<String> reasonCodes, String image,
                  Map<String, StoredValue> attributes) {
    }

    private IndexedSummary() {
    }

    static String write(Product product) {
        ProductSummary card = product.toSummary();
        Stored stored = new Stored(card.id(), card.handle(), card.sku(), card.category(), card.title(), card.brand(), card.description(),
                card.price().minorUnits(), card.price().currency().getCurrencyCode(), card.inStock(), card.rating(), card.reviewCount(), card.reasonCodes(), card.image(),
                product.attributes);
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search card of " + product.handle, e);
        }
    }

    /** The card the index holds, or null when the document has none (indexed before the field existed) or it is unreadable. */
    public static ProductSummary read(String indexed) {
        if (indexed == null || indexed.isEmpty()) {
            return null;
        }
        try {
            Stored s = JSON.readValue(indexed, Stored.class);
            Map<String, Object> plain = new LinkedHashMap<>();
            if (s.attributes() != null) {
                s.attributes().forEach((key, value) -> plain.put(key, value.plain()));
            }
            return new ProductSummary(s.id(), s.handle(), s.sku(), s.category(), s.title(), s.brand(), s.description(),
                    Money.of(s.priceMinor(), s.currency()), s.inStock(), s.rating(), s.reviewCount(), s.reasonCodes(), s.image(), plain);
        } catch (JsonProcessingException | RuntimeException e) {
            return null; // the caller loads that product from the database instead
        }
    }
}
