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
        sku = required("sku", sku, SKU_MAX);
        title = required("title", title, TITLE_MAX);
        brand = required("brand", brand, BRAND_MAX);
        description = description == null ? "" : description.strip();
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

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }
}
