package com.concierge.catalog.api;

import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.compatibility.LinkEnd;
import com.concierge.catalog.api.compatibility.Relation;
import com.concierge.catalog.api.imports.ImportProgress;
import com.concierge.catalog.api.imports.ImportReport;
import com.concierge.catalog.api.policies.ItemPolicies;
import com.concierge.catalog.api.policies.Policies;
import com.concierge.catalog.api.policies.ReturnPolicy;
import com.concierge.catalog.api.policies.ShippingPolicy;
import com.concierge.catalog.api.policies.WarrantyPolicy;
import com.concierge.catalog.api.qa.NewQaEntry;
import com.concierge.catalog.api.qa.QaEntry;
import com.concierge.catalog.api.reasons.LabelChange;
import com.concierge.catalog.api.reasons.ReasonRule;
import com.concierge.catalog.api.reasons.ReasonRuleSet;
import com.concierge.catalog.api.reasons.Relabelling;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.catalog.api.search.Synonym;
import com.concierge.kernel.files.FileFormat;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
     * Rebuilds the search index from the database (mass indexing): after OpenSearch lost its data,
     * was down during edits, or the mapping changed.
     *
     * @return products indexed
     */
    long reindex(ImportProgress progress);

    /**
     * The search index compared with the database document by document (content versions): stale,
     * missing and orphaned documents, products waiting to be indexed, products search refuses.
     *
     * @throws SearchUnavailableException when search does not answer
     */
    IndexStatus indexStatus();

    /** Compares as {@link #indexStatus()} does and writes every document that differs; the status after. */
    IndexStatus repairIndex();

    /**
     * The index check a store runs as it starts: an empty index while the database holds products is
     * built now (a new OpenSearch, a lost volume); otherwise the document-by-document comparison and
     * its repair run on the next background round ({@code cc.search.repair-every}), so a large catalog
     * does not hold the start (docs/search.md#keeping-the-index-right).
     *
     * @throws SearchUnavailableException when search does not answer
     */
    void checkIndexAtStart();

    /** Products waiting to be indexed and products search refuses, without comparing (cheap: for metrics). */
    IndexStatus.IndexBacklog indexBacklog();

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

    /** The category's current reason rules, if it has any. */
    Optional<ReasonRuleSet> reasonRules(String category);

    /**
     * Stores {@code rules} as the category's next rule version and relabels every product of the
     * category in the same transaction; each gained or lost label goes to the audit trail.
     *
     * @throws IllegalArgumentException when a rule names an attribute the schema lacks or misuses it
     */
    Relabelling defineReasonRules(String category, List<ReasonRule> rules, String changedBy, String note);

    /** The newest label changes of a category (the audit trail), newest first. */
    List<LabelChange> labelChanges(String category, int limit);

    /** Every return, warranty and shipping policy. */
    Policies policies();

    /** Adds or replaces a policy by id (ids are unique across kinds). */
    void putPolicy(ReturnPolicy policy);

    void putPolicy(WarrantyPolicy policy);

    void putPolicy(ShippingPolicy policy);

    /** Removes a policy; false when there was none. */
    boolean deletePolicy(String id);

    /**
     * May this product be returned, is it under warranty, does it ship: the one evaluation every
     * surface uses, each answer citing its policy.
     *
     * @throws java.util.NoSuchElementException when the product does not exist
     */
    ItemPolicies policiesFor(UUID product, String region, LocalDate deliveredOn, boolean opened, LocalDate askedOn);

    /**
     * Does a product of {@code category} ship to {@code region}: the shipping answer of
     * {@link #policiesFor}, without reading the product (checkout asks it for every cart line).
     */
    com.concierge.catalog.api.policies.PolicyAnswer shippingFor(UUID product, String category, String region);

    /** The shipping policy with this id, if there is one (how fast it ships). */
    Optional<ShippingPolicy> shippingPolicy(String id);

    /**
     * Assistant readiness, least ready first: required attributes, boundaries, the category's
     * common questions answered, policies covering the product in {@code region}.
     *
     * @param category a category key, or null for every product
     */
    List<Readiness> readiness(String category, String region, int limit);

    /** One product's readiness, with its gaps. */
    Optional<Readiness> readinessOf(UUID product, String region);

    /** Every synonym, by term. */
    List<Synonym> synonyms();

    /** Adds or replaces the synonym for its term; search uses it at once. */
    Synonym putSynonym(Synonym synonym);

    /** Removes a synonym; false when there was none. */
    boolean deleteSynonym(String term);

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
     * The variant options a category's products come in ("color" → black, red, white), option names
     * and values as the product data wrote them. The assistant reads "only black" with it.
     *
     * @param category a category key, or null for every product
     */
    Map<String, java.util.SortedSet<String>> variantOptions(String category);

    /**
     * Records that {@code from} {@code relation} {@code to} ("the jar fits the blender", or "the 2 L
     * jar fits the black 1,200 W variant"). Recording the same edge again only updates its note.
     *
     * @throws java.util.NoSuchElementException when either product does not exist
     * @throws IllegalArgumentException         for an edge from something to itself, or a SKU that
     *                                          is not a variant of its product
     */
    void link(LinkEnd from, Relation relation, LinkEnd to, String note);

    /** Links two whole products. */
    default void link(UUID from, Relation relation, UUID to, String note) {
        link(LinkEnd.product(from), relation, LinkEnd.product(to), note);
    }

    /** Removes an edge; false when there was none. */
    boolean unlink(LinkEnd from, Relation relation, LinkEnd to);

    /**
     * Every edge touching {@code product} or one of its variants, from both ends, ordered by
     * relation, direction, title and variant.
     */
    List<CompatibilityLink> compatibility(UUID product);

    /**
     * The edges that hold for one variant: those recorded for that variant and those recorded for
     * the whole product.
     *
     * @throws IllegalArgumentException when the SKU is not a variant of the product
     */
    List<CompatibilityLink> compatibility(UUID product, String sku);

    /**
     * Records a question and answer about a product.
     *
     * @throws java.util.NoSuchElementException when the product does not exist
     */
    QaEntry addQa(UUID product, NewQaEntry entry);

    /** A product's questions and answers, newest answer first. */
    List<QaEntry> qa(UUID product);

    /**
     * Searches OpenSearch: full text, hard filters, facets, sorting (see {@link SearchQuery}).
     *
     * @throws IllegalArgumentException   for an unknown category or attribute, or a filter of the wrong kind
     * @throws SearchUnavailableException when OpenSearch does not answer
     */
    SearchResults search(SearchQuery query);

    /**
     * Up to {@code limit} products of {@code category} read from the database, without OpenSearch:
     * the assistant's slower path while search is unavailable (it checks every hard constraint on
     * each product itself). Title order.
     */
    List<ProductSummary> browse(String category, int limit);
}
