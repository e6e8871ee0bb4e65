package com.concierge.catalog.api;

import com.concierge.catalog.api.imports.ImportProgress;
import com.concierge.catalog.api.imports.ImportReport;
import com.concierge.kernel.files.FileFormat;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Products: adding, reading (summary, details, by handle), archiving and restoring, bulk imports and
 * the demo store, assistant readiness, and reading a category from the database without search.
 * The console's products, imports and quality pages talk to this.
 * Part of {@link Catalog}.
 */
public interface ProductCatalog {


    /**
     * Adds a product and publishes {@link com.concierge.catalog.api.events.ProductPublished} in the
     * same transaction.
     *
     * @throws DuplicateSkuException when the SKU is taken
     */
    ProductSummary addProduct(NewProduct product);

    Optional<ProductSummary> product(UUID id);

    /**
     * Archives a product: no longer sold (out of search, listings, the assistant, carts and the
     * product page), kept for orders and history. Idempotent; empty when there is no such product.
     */
    Optional<ProductSummary> archive(UUID id);

    /** Sells an archived product again. Idempotent; empty when there is no such product. */
    Optional<ProductSummary> restore(UUID id);

    /** The id of the product with this handle, archived or not. */
    Optional<UUID> productIdByHandle(String handle);

    /** Archived products, the most recently archived first. */
    List<ProductSummary> archivedProducts(int limit);

    /** Everything about one product, from the database (works while search is down). */
    Optional<ProductDetails> details(UUID id);

    /** A product by its import handle ("calma-900"). */
    Optional<ProductDetails> detailsByHandle(String handle);

    /**
     * Imports a CSV or JSON file (docs/catalog-import.md): every row is checked, the good rows are
     * upserted by SKU, every bad row is reported with its row number, field and reason.
     */
    ImportReport importProducts(FileFormat format, Reader data, ImportProgress progress);

    /**
     * Loads the demo store (about 400 products in 12 categories, with Q&A, compatibility and
     * synonyms) when the catalog has no products; does nothing otherwise.
     *
     * @return the demo import's report, or empty when the catalog was not empty
     */
    Optional<ImportReport> loadDemoCatalogIfEmpty();

    /**
     * The demo store's generated reviews (its ratings come from them), as a CSV file in the reviews
     * module's import format with a {@code product} column holding each product's handle.
     */
    String demoReviewsCsv();

    /**
     * Assistant readiness, least ready first: required attributes, boundaries, the category's
     * common questions answered, policies covering the product in {@code region}.
     *
     * @param category a category key, or null for every product
     */
    List<Readiness> readiness(String category, String region, int limit);

    /** One product's readiness, with its gaps. */
    Optional<Readiness> readinessOf(UUID product, String region);

    /**
     * Up to {@code limit} products of {@code category} read from the database, without OpenSearch:
     * the assistant's slower path while search is unavailable (it checks every hard constraint on
     * each product itself). Title order.
     */
    List<ProductSummary> browse(String category, int limit);

}
