package com.concierge.catalog.internal.imports;

import com.concierge.catalog.internal.StoredValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The product-level part of a row: what all variant rows of one product share. On a product's
 * later rows a blank column means "as on the first row"; a different value is a conflict.
 */
record ProductDraft(String handle, String category, String title, String brand, String description, List<String> bullets,
                    List<String> images, String whoFor, String whoNotFor, List<String> boundaries,
                    Map<String, StoredValue> attributes, BigDecimal rating, Integer reviewCount) {

    ProductDraft {
        bullets = bullets == null ? null : List.copyOf(bullets);
        images = images == null ? null : List.copyOf(images);
        boundaries = boundaries == null ? null : List.copyOf(boundaries);
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The columns this (later) row states differently from the product's first row. */
    List<String> conflictsWith(ProductDraft first) {
        List<String> fields = new ArrayList<>();
        differs(fields, "category", category, first.category);
        differs(fields, "title", title, first.title);
        differs(fields, "brand", brand, first.brand);
        differs(fields, "description", description, first.description);
        differs(fields, "bullets", bullets, first.bullets);
        differs(fields, "images", images, first.images);
        differs(fields, "who_for", whoFor, first.whoFor);
        differs(fields, "who_not_for", whoNotFor, first.whoNotFor);
        differs(fields, "boundaries", boundaries, first.boundaries);
        if (rating != null && (first.rating == null || rating.compareTo(first.rating) != 0)) {
            fields.add("rating");
        }
        differs(fields, "review_count", reviewCount, first.reviewCount);
        attributes.forEach((key, value) -> {
            StoredValue stated = first.attributes.get(key);
            if (stated == null || !sameValue(value, stated)) {
                fields.add(key);
            }
        });
        return fields;
    }

    private static void differs(List<String> fields, String name, Object value, Object first) {
        if (value != null && !value.equals(first)) {
            fields.add(name);
        }
    }

    private static boolean sameValue(StoredValue a, StoredValue b) {
        return a.type() == b.type() && Objects.equals(a.text(), b.text()) && Objects.equals(a.flag(), b.flag())
                && Objects.equals(a.values(), b.values())
                && (a.number() == null ? b.number() == null : b.number() != null && a.number().compareTo(b.number()) == 0);
    }
}
