/**
 * The catalog module: product data the assistant and the storefront can trust.
 *
 * <p>Other modules use the {@link com.concierge.catalog.api.Catalog} facade. Tables are prefixed
 * {@code catalog_}; the search index is the {@code product} index in OpenSearch.
 *
 * <p>Publishes: {@link com.concierge.catalog.api.events.ProductPublished}. Consumes: nothing yet.
 */
package com.concierge.catalog.api;
