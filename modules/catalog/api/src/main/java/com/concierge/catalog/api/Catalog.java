package com.concierge.catalog.api;

import java.util.Optional;
import java.util.UUID;

/** The catalog facade: what other modules and web/ may ask of the catalog. */
public interface Catalog {

    /**
     * Adds a product and publishes {@link com.concierge.catalog.api.events.ProductPublished} in the
     * same transaction.
     *
     * @throws DuplicateSkuException when the SKU is taken
     */
    ProductSummary addProduct(NewProduct product);

    Optional<ProductSummary> product(UUID id);

    /**
     * Creates or replaces a category's attribute schema. Replacing bumps the schema version when
     * the attributes changed; the same definition again changes nothing.
     *
     * @return the category as stored, with its schema version
     */
    CategoryDefinition defineCategory(CategoryDefinition category);

    Optional<CategoryDefinition> category(String key);

    /** Every category, by key. */
    java.util.List<CategoryDefinition> categories();

    /**
     * Full-text search over title, brand and description in OpenSearch.
     *
     * @param text  the shopper's words; blank matches everything
     * @param limit at most this many hits (1–100)
     * @throws SearchUnavailableException when OpenSearch does not answer
     */
    SearchPage search(String text, int limit);
}
