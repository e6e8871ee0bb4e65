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
     * Full-text search over title, brand and description in OpenSearch.
     *
     * @param text  the shopper's words; blank matches everything
     * @param limit at most this many hits (1–100)
     * @throws SearchUnavailableException when OpenSearch does not answer
     */
    SearchPage search(String text, int limit);
}
