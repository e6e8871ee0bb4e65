package com.concierge.catalog.api.compatibility;

import java.util.Objects;
import java.util.UUID;

/**
 * One end of a compatibility edge: a whole product, or one of its variants named by SKU ("this jar
 * fits the 1,200 W model only").
 *
 * @param product the product
 * @param sku     one of its variants, or {@code null} for the whole product
 */
public record LinkEnd(UUID product, String sku) {

    public LinkEnd {
        Objects.requireNonNull(product, "product");
        sku = sku == null || sku.isBlank() ? null : sku.strip();
    }

    /** The whole product, every variant of it. */
    public static LinkEnd product(UUID product) {
        return new LinkEnd(product, null);
    }

    /** One variant of the product. */
    public static LinkEnd variant(UUID product, String sku) {
        return new LinkEnd(product, Objects.requireNonNull(sku, "sku"));
    }

    public boolean wholeProduct() {
        return sku == null;
    }
}
