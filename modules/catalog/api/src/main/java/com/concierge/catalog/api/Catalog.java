package com.concierge.catalog.api;

/**
 * The catalog facade: what other modules and web/ may ask of the catalog, as one type made of its
 * focused parts. New code takes the part it needs: {@link ProductCatalog}, {@link CategoryCatalog},
 * {@link CompatibilityGraph}, {@link ProductQa}, {@link PolicyCatalog}, {@link ProductSearch}, {@link ProductGuides}, {@link ReplenishmentCatalog} (the
 * catalog module's one bean is all of them).
 */
public interface Catalog extends ProductCatalog, CategoryCatalog, CompatibilityGraph, ProductQa, PolicyCatalog, ProductSearch, ProductGuides, ReplenishmentCatalog {
}
