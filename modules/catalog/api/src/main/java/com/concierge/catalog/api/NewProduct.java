package com.concierge.catalog.api;

import com.concierge.kernel.Money;

/**
 * A product to add. The compact constructor rejects what the catalog cannot store, each with a
 * message naming the field.
 */
public record NewProduct(String sku, String title, String brand, String description, Money price) {

    public NewProduct {
        sku = required("sku", sku, 64);
        title = required("title", title, 300);
        brand = required("brand", brand, 120);
        description = description == null ? "" : description.strip();
        if (description.length() > 10_000) {
            throw new IllegalArgumentException("description is longer than 10000 characters");
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
