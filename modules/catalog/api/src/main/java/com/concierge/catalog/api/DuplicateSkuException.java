package com.concierge.catalog.api;

/** A product with this SKU already exists. */
public class DuplicateSkuException extends RuntimeException {
    public DuplicateSkuException(String sku) {
        super("a product with SKU " + sku + " already exists");
    }
}
