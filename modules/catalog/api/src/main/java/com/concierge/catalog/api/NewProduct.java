package com.concierge.catalog.api;

import com.concierge.kernel.Money;

/**
 * A product to add. The compact constructor rejects what the catalog cannot store, each with a
 * message naming the field.
 */
public record NewProduct(String sku, String title, String brand, String description, Money price) {

    public static final int SKU_MAX = 64;
    public static final int TITLE_MAX = 300;
    public static final int BRAND_MAX = 120;
    public static final int DESCRIPTION_MAX = 10_000;

    public NewProduct {
        sku = RequiredText.of("sku", sku, SKU_MAX);
        title = RequiredText.of("title", title, TITLE_MAX);
        brand = RequiredText.of("brand", brand, BRAND_MAX);
        description = RequiredText.wellFormed("description", description == null ? "" : description.strip());
        if (description.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("description is longer than " + DESCRIPTION_MAX + " characters");
        }
        if (price == null) {
            throw new IllegalArgumentException("price is missing");
        }
        if (price.minorUnits() < 0) {
            throw new IllegalArgumentException("price must not be negative");
        }
    }
}
