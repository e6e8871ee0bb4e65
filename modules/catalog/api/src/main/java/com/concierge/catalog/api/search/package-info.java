/**
 * Catalog search: queries with hard filters, facet counts, sorting, and the editable synonym
 * vocabulary. Served by OpenSearch through Hibernate Search; the storefront and the assistant
 * both use it.
 */
package com.concierge.catalog.api.search;
