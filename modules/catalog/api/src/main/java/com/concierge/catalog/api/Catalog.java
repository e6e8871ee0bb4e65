package com.concierge.catalog.api;

import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.compatibility.Relation;
import com.concierge.catalog.api.qa.NewQaEntry;
import com.concierge.catalog.api.qa.QaEntry;
import java.util.List;
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
    List<CategoryDefinition> categories();

    /**
     * Records that {@code from} {@code relation} {@code to} ("the jar fits the blender"). Recording
     * the same edge again only updates its note.
     *
     * @throws java.util.NoSuchElementException when either product does not exist
     * @throws IllegalArgumentException         for an edge from a product to itself
     */
    void link(UUID from, Relation relation, UUID to, String note);

    /** Removes an edge; false when there was none. */
    boolean unlink(UUID from, Relation relation, UUID to);

    /** Every edge touching {@code product}, from both ends, ordered by relation, direction and title. */
    List<CompatibilityLink> compatibility(UUID product);

    /**
     * Records a question and answer about a product.
     *
     * @throws java.util.NoSuchElementException when the product does not exist
     */
    QaEntry addQa(UUID product, NewQaEntry entry);

    /** A product's questions and answers, newest answer first. */
    List<QaEntry> qa(UUID product);

    /**
     * Full-text search over title, brand and description in OpenSearch.
     *
     * @param text  the shopper's words; blank matches everything
     * @param limit at most this many hits (1–100)
     * @throws SearchUnavailableException when OpenSearch does not answer
     */
    SearchPage search(String text, int limit);
}
