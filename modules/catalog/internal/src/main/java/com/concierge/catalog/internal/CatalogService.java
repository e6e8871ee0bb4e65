package com.concierge.catalog.internal;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.SchemaImpact;
import com.concierge.catalog.api.DuplicateSkuException;
import com.concierge.catalog.api.SearchUnavailableException;
import com.concierge.catalog.api.IndexStatus;
import com.concierge.catalog.api.IndexStatus.IndexBacklog;
import com.concierge.catalog.internal.search.IndexRepair;
import com.concierge.catalog.api.NewProduct;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.Readiness;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.compatibility.LinkEnd;
import com.concierge.catalog.api.compatibility.Relation;
import com.concierge.catalog.api.events.ProductPublished;
import com.concierge.catalog.api.imports.ImportProgress;
import com.concierge.catalog.api.imports.ImportReport;
import com.concierge.catalog.api.policies.ItemContext;
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
import com.concierge.catalog.api.reasons.RuleVersion;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.catalog.api.search.Synonym;
import com.concierge.catalog.internal.demo.DemoCatalog;
import com.concierge.catalog.internal.demo.DemoLoader;
import com.concierge.catalog.internal.imports.ProductImporter;
import com.concierge.catalog.internal.policies.PolicyStore;
import com.concierge.catalog.internal.guides.GuideService;
import com.concierge.catalog.api.guides.Guide;
import com.concierge.catalog.api.guides.GuideImportReport;
import com.concierge.catalog.internal.readiness.ReadinessReport;
import com.concierge.catalog.internal.reasons.ReasonCodes;
import com.concierge.catalog.internal.search.CatalogSearch;
import com.concierge.catalog.internal.search.ConcurrentSearches;
import com.concierge.catalog.internal.search.ProductIndexer;
import com.concierge.catalog.internal.search.SynonymRecord;
import com.concierge.kernel.concurrency.RetryOnConflict;
import com.concierge.kernel.events.EventPublisher;
import com.concierge.kernel.events.Outbox;
import com.concierge.kernel.files.FileFormat;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class CatalogService implements Catalog {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CatalogService.class);

    private final EventPublisher events;
    private final Outbox outbox;
    private final CatalogSearch search;
    private final ConcurrentSearches searches;
    private final ProductImporter importer;
    private final ProductIndexer indexer;
    private final IndexRepair indexRepair;
    private final DemoLoader demo;
    private final ReasonCodes reasons;
    private final PolicyStore policies;
    private final ReadinessReport readiness;
    private final GuideService guides;
    private final com.concierge.catalog.internal.replenishment.Replenishments replenishments;
    private final Clock clock = Clock.systemUTC();

    private final Instance<Catalog> self;

    CatalogService(EventPublisher events, Outbox outbox, CatalogSearch search, ProductImporter importer, ProductIndexer indexer, DemoLoader demo,
                   Instance<Catalog> self, ReasonCodes reasons, PolicyStore policies, ReadinessReport readiness, IndexRepair indexRepair,
                   ConcurrentSearches searches, GuideService guides, com.concierge.catalog.internal.replenishment.Replenishments replenishments) {
        this.guides = guides;
        this.replenishments = replenishments;
        this.indexRepair = indexRepair;
        this.searches = searches;
        this.readiness = readiness;
        this.reasons = reasons;
        this.policies = policies;
        this.demo = demo;
        this.self = self;
        this.events = events;
        this.outbox = outbox;
        this.search = search;
        this.importer = importer;
        this.indexer = indexer;
    }

    @Override
    @Transactional
    public CategoryDefinition defineCategory(CategoryDefinition definition) {
        search.invalidate();
        Category category = Category.findById(definition.key());
        if (category == null) {
            category = new Category();
            category.key = definition.key();
            category.schemaVersion = 1;
            category.name = definition.name();
            category.updatedAt = clock.instant();
            replaceAttributes(category, definition);
            category.persist();
            return category.toDefinition();
        }
        boolean schemaChanged = !category.toDefinition().attributes().equals(definition.attributes());
        if (schemaChanged) {
            SchemaImpact impact = SchemaImpacts.of(category.toDefinition(), definition, reasons);
            if (impact.blocked()) {
                throw new IllegalArgumentException(impact.refusal());
            }
            category.attributes.clear();
            Category.getEntityManager().flush(); // delete the old rows before inserting rows with the same keys
            replaceAttributes(category, definition);
            category.schemaVersion++;
        }
        if (schemaChanged || !category.name.equals(definition.name())) {
            category.name = definition.name();
            category.updatedAt = clock.instant();
        }
        return category.toDefinition();
    }

    @Override
    @Transactional
    public SchemaImpact previewCategory(CategoryDefinition proposed) {
        CategoryDefinition current = Category.<Category>findByIdOptional(proposed.key()).map(Category::toDefinition)
                .orElseGet(() -> new CategoryDefinition(proposed.key(), proposed.name(), List.of(), 0)); // new: every attribute added
        return SchemaImpacts.of(current, proposed, reasons);
    }

    private static void replaceAttributes(Category category, CategoryDefinition definition) {
        for (int i = 0; i < definition.attributes().size(); i++) {
            category.attributes.add(CategoryAttribute.of(category.key, i, definition.attributes().get(i)));
        }
    }

    @Override
    @Transactional
    public Optional<CategoryDefinition> category(String key) {
        return Category.<Category>findByIdOptional(key).map(Category::toDefinition);
    }

    @Override
    @Transactional
    public List<CategoryDefinition> categories() {
        return Category.<Category>listAll(Sort.by("key")).stream().map(Category::toDefinition).toList();
    }

    @Override
    @Transactional
    public Map<String, java.util.SortedSet<String>> variantOptions(String category) {
        var query = Variant.getEntityManager().createQuery("select distinct v.options from Variant v"
                + (category == null ? "" : " where v.product.category = :category"), Map.class);
        if (category != null) {
            query.setParameter("category", category);
        }
        Map<String, java.util.SortedSet<String>> byName = new java.util.TreeMap<>();
        for (Map<?, ?> options : query.getResultList()) {
            options.forEach((name, value) -> byName.computeIfAbsent((String) name, n -> new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER))
                    .add((String) value));
        }
        return byName;
    }

    @Override
    @Transactional
    @RetryOnConflict
    public void link(LinkEnd from, Relation relation, LinkEnd to, String note) {
        if (from.equals(to)) {
            throw new IllegalArgumentException(from.wholeProduct() ? "a product cannot be linked to itself" : "a variant cannot be linked to itself");
        }
        if (from.product().equals(to.product()) && (from.wholeProduct() || to.wholeProduct())) {
            throw new IllegalArgumentException("a product cannot be linked to one of its own variants");
        }
        requireProduct(from.product());
        requireProduct(to.product());
        UUID fromVariant = variantId(from);
        UUID toVariant = variantId(to);
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > 500) {
            throw new IllegalArgumentException("note is longer than 500 characters");
        }
        String key = CompatibilityEdge.key(from.product(), fromVariant, relation, to.product(), toVariant);
        CompatibilityEdge edge = CompatibilityEdge.findById(key);
        if (edge == null) {
            edge = new CompatibilityEdge();
            edge.key = key;
            edge.fromProduct = from.product();
            edge.fromVariant = fromVariant;
            edge.kind = relation.name();
            edge.toProduct = to.product();
            edge.toVariant = toVariant;
            edge.createdAt = clock.instant();
            edge.note = trimmed;
            edge.persist();
        } else {
            edge.note = trimmed;
        }
    }

    @Override
    @Transactional
    public boolean unlink(LinkEnd from, Relation relation, LinkEnd to) {
        requireProduct(from.product());
        requireProduct(to.product());
        return CompatibilityEdge.deleteById(CompatibilityEdge.key(from.product(), variantId(from), relation, to.product(), variantId(to)));
    }

    /** The id of the end's variant, or null for a whole product; a SKU of another product is refused. */
    private static UUID variantId(LinkEnd end) {
        if (end.wholeProduct()) {
            return null;
        }
        Variant variant = Variant.<Variant>find("sku", end.sku()).firstResult();
        if (variant == null || !variant.product.id.equals(end.product())) {
            throw new IllegalArgumentException("product " + end.product() + " has no variant with SKU " + end.sku());
        }
        return variant.id;
    }

    @Override
    @Transactional
    public List<CompatibilityLink> compatibility(UUID product) {
        requireProduct(product);
        return compatibilityLinks(product, null);
    }

    @Override
    @Transactional
    public List<CompatibilityLink> compatibility(UUID product, String sku) {
        requireExists(product);
        return compatibilityLinks(product, variantId(LinkEnd.variant(product, sku)));
    }

    /** The edges touching the product; with a variant, only those for that variant or the whole product. */
    private List<CompatibilityLink> compatibilityLinks(UUID product, UUID onlyVariant) {
        List<CompatibilityEdge> outgoing = CompatibilityEdge.<CompatibilityEdge>list("fromProduct", product).stream()
                .filter(edge -> onlyVariant == null || edge.fromVariant == null || edge.fromVariant.equals(onlyVariant)).toList();
        List<CompatibilityEdge> incoming = CompatibilityEdge.<CompatibilityEdge>list("toProduct", product).stream()
                .filter(edge -> onlyVariant == null || edge.toVariant == null || edge.toVariant.equals(onlyVariant)).toList();
        Set<UUID> others = new HashSet<>();
        Set<UUID> variantIds = new HashSet<>();
        for (CompatibilityEdge edge : outgoing) {
            others.add(edge.toProduct);
            variantIds.add(edge.fromVariant);
            variantIds.add(edge.toVariant);
        }
        for (CompatibilityEdge edge : incoming) {
            others.add(edge.fromProduct);
            variantIds.add(edge.fromVariant);
            variantIds.add(edge.toVariant);
        }
        variantIds.remove(null);
        Map<UUID, String> titles = others.isEmpty() ? Map.of()
                : Product.<Product>list("id in ?1", others).stream().collect(Collectors.toMap(p -> p.id, p -> p.title));
        Map<UUID, Variant> variants = variantIds.isEmpty() ? Map.of()
                : Variant.<Variant>list("id in ?1", variantIds).stream().collect(Collectors.toMap(v -> v.id, v -> v));
        List<CompatibilityLink> links = new ArrayList<>();
        for (CompatibilityEdge edge : outgoing) {
            links.add(link(edge, CompatibilityLink.Direction.FORWARD, edge.fromVariant, edge.toProduct, edge.toVariant, titles, variants));
        }
        for (CompatibilityEdge edge : incoming) {
            links.add(link(edge, CompatibilityLink.Direction.BACKWARD, edge.toVariant, edge.fromProduct, edge.fromVariant, titles, variants));
        }
        links.sort(Comparator.comparing(CompatibilityLink::relation)
                .thenComparing(CompatibilityLink::direction)
                .thenComparing(CompatibilityLink::otherTitle)
                .thenComparing(CompatibilityLink::other)
                .thenComparing(CompatibilityLink::variant, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(CompatibilityLink::otherVariant, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(links);
    }

    private static CompatibilityLink link(CompatibilityEdge edge, CompatibilityLink.Direction direction, UUID mine, UUID other,
                                          UUID otherVariant, Map<UUID, String> titles, Map<UUID, Variant> variants) {
        Relation relation = Relation.valueOf(edge.kind);
        Variant theirs = otherVariant == null ? null : variants.get(otherVariant);
        return new CompatibilityLink(relation, direction, mine == null ? null : variants.get(mine).sku, other, titles.get(other),
                theirs == null ? null : theirs.sku, theirs == null || theirs.options.isEmpty() ? null : String.join(", ", theirs.options.values()),
                direction == CompatibilityLink.Direction.FORWARD ? relation.forward() : relation.backward(), edge.note);
    }

    @Override
    @Transactional
    public QaEntry addQa(UUID product, NewQaEntry entry) {
        Product owner = requireProduct(product);
        QaRecord record = new QaRecord();
        record.id = UUID.randomUUID();
        record.product = owner;
        record.question = entry.question();
        record.answer = entry.answer();
        record.source = entry.source().name();
        record.answeredOn = entry.answeredOn();
        record.createdAt = clock.instant();
        record.persist();
        owner.qa.add(record); // the product's search document includes its Q&A
        return record.toEntry();
    }

    @Override
    @Transactional
    public List<QaEntry> qa(UUID product) {
        requireProduct(product);
        return QaRecord.<QaRecord>list("product.id = ?1 order by answeredOn desc, createdAt desc", product).stream()
                .map(QaRecord::toEntry).toList();
    }

    /** Fails like {@link #requireProduct} without reading the product's content. */
    private static void requireExists(UUID id) {
        if (Product.count("id", id) == 0) {
            throw new NoSuchElementException("no product with id " + id);
        }
    }

    private static Product requireProduct(UUID id) {
        Product product = Product.findById(id);
        if (product == null) {
            throw new NoSuchElementException("no product with id " + id);
        }
        return product;
    }

    @Override
    @Transactional
    public ProductSummary addProduct(NewProduct draft) {
        if (Variant.count("sku", draft.sku()) > 0 || Product.findByHandle(draft.sku()) != null) {
            throw new DuplicateSkuException(draft.sku());
        }
        Instant now = clock.instant();
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.handle = draft.sku();
        product.title = draft.title();
        product.brand = draft.brand();
        product.description = draft.description();
        product.createdAt = now;
        product.updatedAt = now;
        Variant variant = new Variant();
        variant.id = UUID.randomUUID();
        variant.product = product;
        variant.sku = draft.sku();
        variant.priceMinor = draft.price().minorUnits();
        variant.currency = draft.price().currency().getCurrencyCode();
        product.variants.add(variant);
        product.persist();
        events.publish(new ProductPublished(UUID.randomUUID(), now, product.id, variant.sku, product.title, draft.price()));
        return product.toSummary();
    }

    @Override
    @Transactional
    public List<ProductSummary> browse(String category, int limit) {
        return Product.<Product>find("category = ?1 and archivedAt is null", io.quarkus.panache.common.Sort.ascending("title"), category).page(0, Math.max(1, limit)).list()
                .stream().map(Product::toSummary).toList();
    }

    @Override
    @Transactional
    public Optional<ProductSummary> archive(UUID id) {
        Optional<Product> found = Product.findByIdOptional(id);
        found.filter(p -> p.archivedAt == null).ifPresent(p -> {
            p.archivedAt = clock.instant();
            p.updatedAt = p.archivedAt;
            LOG.infof("Product %s (%s) archived", p.id, p.handle);
        });
        return found.map(Product::toSummary);
    }

    @Override
    @Transactional
    public Optional<ProductSummary> restore(UUID id) {
        Optional<Product> found = Product.findByIdOptional(id);
        found.filter(p -> p.archivedAt != null).ifPresent(p -> {
            p.archivedAt = null;
            p.updatedAt = clock.instant();
            LOG.infof("Product %s (%s) restored", p.id, p.handle);
        });
        return found.map(Product::toSummary);
    }

    @Override
    @Transactional
    public Optional<UUID> productIdByHandle(String handle) {
        return Optional.ofNullable(handle).map(String::strip).map(Product::findByHandle).map(p -> p.id);
    }

    @Override
    @Transactional
    public List<ProductSummary> archivedProducts(int limit) {
        return Product.<Product>find("archivedAt is not null", io.quarkus.panache.common.Sort.descending("archivedAt"))
                .page(0, Math.max(1, limit)).list().stream().map(Product::toSummary).toList();
    }

    @Override
    @Transactional
    public Optional<ProductSummary> product(UUID id) {
        return Product.<Product>findByIdOptional(id).map(Product::toSummary);
    }

    @Override
    @Transactional
    public Optional<ProductDetails> details(UUID id) {
        // the product and its variants in one query: the assistant reads a few of these per turn
        jakarta.persistence.EntityManager em = Product.getEntityManager();
        Product product = em.find(Product.class, id, Map.of("jakarta.persistence.fetchgraph", em.getEntityGraph("product-with-variants")));
        return Optional.ofNullable(product).filter(p -> p.archivedAt == null).map(this::toDetails);
    }

    @Override
    @Transactional
    public Optional<ProductDetails> detailsByHandle(String handle) {
        return Optional.ofNullable(Product.findByHandle(handle)).filter(p -> p.archivedAt == null).map(this::toDetails);
    }

    /**
     * A category's attribute definitions by key, in schema order, per category, schema version and
     * change time: a schema is read from its rows once, not on every product read. Any change to the
     * attributes bumps the version, so a kept entry is never out of date.
     */
    private final Map<String, Map<String, AttributeDefinition>> schemas = new java.util.concurrent.ConcurrentHashMap<>();

    private Map<String, AttributeDefinition> schema(String categoryKey) {
        if (categoryKey == null) {
            return Map.of();
        }
        Category category = Category.findById(categoryKey);
        if (category == null) {
            return Map.of();
        }
        if (schemas.size() > 1_000) {
            schemas.clear(); // many schema edits in one run: start again rather than grow
        }
        return schemas.computeIfAbsent(category.key + "@" + category.schemaVersion + "@" + category.updatedAt, k -> {
            Map<String, AttributeDefinition> byKey = new LinkedHashMap<>();
            category.toDefinition().attributes().forEach(a -> byKey.put(a.key(), a));
            return java.util.Collections.unmodifiableMap(byKey);
        });
    }

    private ProductDetails toDetails(Product product) {
        Map<String, AttributeDefinition> schema = schema(product.category);
        List<String> order = new ArrayList<>(schema.keySet());
        List<ProductDetails.Attribute> attributes = product.attributes.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> order.indexOf(e.getKey()) < 0 ? Integer.MAX_VALUE : order.indexOf(e.getKey())))
                .map(e -> e.getValue().toView(e.getKey(), schema.get(e.getKey()))).toList();
        return new ProductDetails(product.id, product.handle, product.category, product.title, product.brand, product.description,
                product.bullets, product.images, product.whoFor, product.whoNotFor, product.boundaries, attributes,
                product.variants.stream().map(Variant::toView).toList(), product.reasonCodes.stream().map(StoredLabel::toView).toList(),
                product.rating, product.reviewCount, product.createdAt, product.updatedAt);
    }

    @Override
    public ImportReport importProducts(FileFormat format, Reader data, ImportProgress progress) {
        long started = System.nanoTime();
        ProductImporter.Outcome outcome = importer.run(format, data, progress, outbox);
        long stored = System.nanoTime();
        long relabelled;
        long indexed;
        try {
            for (String category : outcome.touchedCategories()) { // percentile thresholds move with the data
                QuarkusTransaction.requiringNew().run(() -> {
                    if (outcome.indexingDeferred()) {
                        reasons.relabelInBulk(category, outcome.createdProducts()); // the category is re-indexed below
                    } else {
                        reasons.relabel(category, outcome.createdProducts());
                    }
                });
            }
            relabelled = System.nanoTime();
            indexed = outcome.indexingDeferred() ? indexer.reindexCategories(outcome.touchedCategories()) : 0;
        } finally {
            if (outcome.outboxPaused()) {
                outbox.resume();
            }
        }
        search.invalidate();
        ImportReport report = outcome.report();
        LOG.infof("Catalog import: %d rows, %d stored, %d refused; stored in %.1f s, reason codes in %.1f s, %s",
                report.rowsRead(), report.acceptedSkus().size(), report.rowsRefused(), (stored - started) / 1e9, (relabelled - stored) / 1e9,
                outcome.indexingDeferred() ? String.format("%d products indexed in %.1f s", indexed, (System.nanoTime() - relabelled) / 1e9)
                        : "indexed as stored");
        return report;
    }

    @Override
    public Optional<ImportReport> loadDemoCatalogIfEmpty() {
        return Optional.ofNullable(demo.loadIfEmpty(self.get())); // through the proxy, so each step has its transaction
    }

    @Override
    public String demoReviewsCsv() {
        return DemoCatalog.reviewsCsv(DemoCatalog.demo().reviews());
    }

    @Override
    @Transactional
    public Optional<ReasonRuleSet> reasonRules(String category) {
        return reasons.current(category);
    }

    @Override
    @Transactional
    public Relabelling defineReasonRules(String category, List<ReasonRule> rules, String changedBy, String note) {
        ReasonCodes.Relabelled done = reasons.define(category, rules, changedBy, note);
        return new Relabelling(done.version(), done.changes());
    }

    @Override
    @Transactional
    public List<LabelChange> previewReasonRules(String category, List<ReasonRule> rules) {
        return reasons.preview(category, rules);
    }

    @Override
    @Transactional
    public List<RuleVersion> reasonRuleHistory(String category) {
        return reasons.history(category);
    }

    @Override
    @Transactional
    public List<LabelChange> labelChanges(String category, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000");
        }
        return reasons.changes(category, limit);
    }

    @Override
    @Transactional
    public Policies policies() {
        return policies.all();
    }

    @Override
    @Transactional
    @RetryOnConflict
    public void putPolicy(ReturnPolicy policy) {
        policies.put(policy);
    }

    @Override
    @Transactional
    @RetryOnConflict
    public void putPolicy(WarrantyPolicy policy) {
        policies.put(policy);
    }

    @Override
    @Transactional
    @RetryOnConflict
    public void putPolicy(ShippingPolicy policy) {
        policies.put(policy);
    }

    @Override
    @Transactional
    public boolean deletePolicy(String id) {
        return policies.delete(id);
    }

    @Override
    @Transactional
    public ItemPolicies policiesFor(UUID product, String region, LocalDate deliveredOn, boolean opened, LocalDate askedOn) {
        Product found = requireProduct(product);
        return policies.answer(new ItemContext(product, found.category == null ? "" : found.category, region, deliveredOn, opened), askedOn);
    }

    @Override
    @Transactional
    public com.concierge.catalog.api.policies.PolicyAnswer shippingFor(UUID product, String category, String region) {
        LocalDate today = LocalDate.now(clock);
        return policies.book().shipping(new ItemContext(product, category == null ? "" : category, region, today, false));
    }

    @Override
    @Transactional
    public Optional<ShippingPolicy> shippingPolicy(String id) {
        return policies.all().shipping().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    @Transactional
    public List<Readiness> readiness(String category, String region, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000");
        }
        if (category != null && Category.findById(category) == null) {
            throw new NoSuchElementException("no category '" + category + "'");
        }
        return readiness.worstFirst(category, region, limit);
    }

    @Override
    @Transactional
    public Optional<Readiness> readinessOf(UUID product, String region) {
        return readiness.of(product, region);
    }

    @Override
    public long reindex(ImportProgress progress) {
        return indexer.reindex(progress);
    }

    @Override
    public IndexStatus indexStatus() {
        return indexRepair.status();
    }

    @Override
    public Optional<IndexStatus> lastIndexStatus() {
        return indexRepair.lastStatus();
    }

    @Override
    public IndexStatus repairIndex() {
        return indexRepair.repair();
    }

    @Override
    public void checkIndexAtStart() {
        indexRepair.checkAtStart(() -> indexer.reindex(ImportProgress.NONE));
    }

    @Override
    public IndexBacklog indexBacklog() {
        return new IndexBacklog(indexRepair.pendingCount(), indexRepair.unindexableCount());
    }

    @Override
    @Transactional
    public List<Synonym> synonyms() {
        return SynonymRecord.<SynonymRecord>listAll(Sort.by("term")).stream().map(r -> new Synonym(r.term, Synonym.Kind.valueOf(r.kind), r.target)).toList();
    }

    @Override
    @Transactional
    @RetryOnConflict
    public Synonym putSynonym(Synonym synonym) {
        checkTarget(synonym);
        SynonymRecord record = SynonymRecord.findById(synonym.term());
        if (record == null) {
            record = new SynonymRecord();
            record.term = synonym.term();
            record.kind = synonym.kind().name();
            record.target = synonym.target();
            record.updatedAt = clock.instant();
            record.persist();
        } else {
            record.kind = synonym.kind().name();
            record.target = synonym.target();
            record.updatedAt = clock.instant();
        }
        search.invalidate();
        return synonym;
    }

    /**
     * A synonym must mean something the catalog has: a reason code some category's rules define, or
     * an attribute some category has with a value it takes ("jar_material=glass", "waterproof=yes").
     * Words are free. Refused with the reason, so a typo never becomes a synonym that does nothing.
     */
    private void checkTarget(Synonym synonym) {
        String target = synonym.target();
        switch (synonym.kind()) {
            case WORDS -> {
            }
            case REASON -> {
                boolean known = categories().stream().map(c -> reasonRules(c.key())).flatMap(Optional::stream)
                        .anyMatch(set -> set.rules().stream().anyMatch(r -> r.code().equals(target)));
                if (!known) {
                    throw new IllegalArgumentException("no category has the reason code '" + target + "'");
                }
            }
            case ATTRIBUTE -> {
                String[] pair = target.split("=", 2);
                if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                    throw new IllegalArgumentException("an attribute synonym's target is key=value, e.g. jar_material=glass (was '" + target + "')");
                }
                String key = pair[0].strip();
                String value = pair[1].strip();
                List<com.concierge.catalog.api.attributes.AttributeDefinition> attributes = categories().stream()
                        .flatMap(c -> c.attributes().stream()).filter(a -> a.key().equals(key)).toList();
                if (attributes.isEmpty()) {
                    throw new IllegalArgumentException("no category has the attribute '" + key + "'");
                }
                boolean takes = attributes.stream().anyMatch(a -> switch (a.type()) {
                    case BOOLEAN -> java.util.Set.of("yes", "no", "true", "false").contains(value.toLowerCase(java.util.Locale.ROOT));
                    case ENUM, LIST -> a.allowedValues().stream().anyMatch(v -> v.equalsIgnoreCase(value));
                    default -> false;
                });
                if (!takes) {
                    com.concierge.catalog.api.attributes.AttributeDefinition a = attributes.get(0);
                    throw new IllegalArgumentException("'" + key + "' does not take '" + value + "'"
                            + (a.type() == com.concierge.catalog.api.attributes.AttributeType.BOOLEAN ? ": it is yes or no"
                            : a.allowedValues().isEmpty() ? ": it is a " + a.type().name().toLowerCase(java.util.Locale.ROOT) + ", not a choice"
                            : ": it takes " + String.join(", ", a.allowedValues())));
                }
            }
        }
    }

    @Override
    @Transactional
    public boolean deleteSynonym(String term) {
        boolean deleted = SynonymRecord.deleteById(term.strip().toLowerCase(java.util.Locale.ROOT));
        search.invalidate();
        return deleted;
    }

    @Override
    // search being down leaves a caller's transaction usable: the assistant answers from the database in it
    @Transactional(dontRollbackOn = SearchUnavailableException.class)
    public SearchResults search(SearchQuery query) {
        return search.search(query);
    }

    @Override
    @Transactional(dontRollbackOn = SearchUnavailableException.class)
    public List<SearchResults> searchAll(List<SearchQuery> queries) {
        return searches.all(queries);
    }

    // ---- setup guides and troubleshooting trees (guides.GuideService) ----------------------------

    @Override
    public List<Guide> guides() {
        return guides.all();
    }

    @Override
    public Optional<Guide> guide(String id) {
        return guides.find(id);
    }

    @Override
    public List<Guide> guidesFor(UUID product) {
        return guides.forProduct(product);
    }

    @Override
    public List<Guide> guidesForCategory(String category) {
        return guides.forCategory(category);
    }

    @Override
    public Guide putGuide(Guide guide) {
        return guides.put(guide);
    }

    @Override
    public boolean deleteGuide(String id) {
        return guides.delete(id);
    }

    @Override
    public GuideImportReport importGuides(com.concierge.kernel.files.FileFormat format, java.io.Reader reader) {
        return guides.importGuides(format, reader);
    }

    // ---- replenishment intervals (replenishment.Replenishments) ----------------------------------

    @Override
    public List<com.concierge.catalog.api.replenishment.ReplenishmentInterval> replenishmentIntervals() {
        return replenishments.all();
    }

    @Override
    public Optional<com.concierge.catalog.api.replenishment.ReplenishmentInterval> replenishmentFor(UUID product) {
        return replenishments.forProduct(product);
    }

    @Override
    public com.concierge.catalog.api.replenishment.ReplenishmentInterval putReplenishment(
            com.concierge.catalog.api.replenishment.ReplenishmentInterval interval) {
        return replenishments.put(interval);
    }

    @Override
    public boolean deleteReplenishment(String id) {
        return replenishments.delete(id);
    }
}
