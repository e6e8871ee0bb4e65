package com.concierge.catalog.internal;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.DuplicateSkuException;
import com.concierge.catalog.api.NewProduct;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.SearchPage;
import com.concierge.catalog.api.SearchUnavailableException;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.compatibility.Relation;
import com.concierge.catalog.api.events.ProductPublished;
import com.concierge.catalog.api.qa.NewQaEntry;
import com.concierge.catalog.api.qa.QaEntry;
import com.concierge.kernel.events.EventPublisher;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

@ApplicationScoped
class CatalogService implements Catalog {

    private final SearchSession searchSession;
    private final EventPublisher events;
    private final Clock clock = Clock.systemUTC();

    CatalogService(SearchSession searchSession, EventPublisher events) {
        this.searchSession = searchSession;
        this.events = events;
    }

    @Override
    @Transactional
    public CategoryDefinition defineCategory(CategoryDefinition definition) {
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
    public void link(UUID from, Relation relation, UUID to, String note) {
        if (from.equals(to)) {
            throw new IllegalArgumentException("a product cannot be linked to itself");
        }
        requireProduct(from);
        requireProduct(to);
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > 500) {
            throw new IllegalArgumentException("note is longer than 500 characters");
        }
        CompatibilityEdge edge = CompatibilityEdge.findById(new CompatibilityEdge.Key(from, relation.name(), to));
        if (edge == null) {
            edge = new CompatibilityEdge();
            edge.fromProduct = from;
            edge.kind = relation.name();
            edge.toProduct = to;
            edge.createdAt = clock.instant();
            edge.note = trimmed;
            edge.persist();
        } else {
            edge.note = trimmed;
        }
    }

    @Override
    @Transactional
    public boolean unlink(UUID from, Relation relation, UUID to) {
        return CompatibilityEdge.deleteById(new CompatibilityEdge.Key(from, relation.name(), to));
    }

    @Override
    @Transactional
    public List<CompatibilityLink> compatibility(UUID product) {
        requireProduct(product);
        List<CompatibilityEdge> outgoing = CompatibilityEdge.list("fromProduct", product);
        List<CompatibilityEdge> incoming = CompatibilityEdge.list("toProduct", product);
        Set<UUID> others = new HashSet<>();
        outgoing.forEach(edge -> others.add(edge.toProduct));
        incoming.forEach(edge -> others.add(edge.fromProduct));
        Map<UUID, String> titles = others.isEmpty() ? Map.of()
                : Product.<Product>list("id in ?1", others).stream().collect(Collectors.toMap(p -> p.id, p -> p.title));
        List<CompatibilityLink> links = new ArrayList<>();
        for (CompatibilityEdge edge : outgoing) {
            Relation relation = Relation.valueOf(edge.kind);
            links.add(new CompatibilityLink(relation, CompatibilityLink.Direction.FORWARD, edge.toProduct,
                    titles.get(edge.toProduct), relation.forward(), edge.note));
        }
        for (CompatibilityEdge edge : incoming) {
            Relation relation = Relation.valueOf(edge.kind);
            links.add(new CompatibilityLink(relation, CompatibilityLink.Direction.BACKWARD, edge.fromProduct,
                    titles.get(edge.fromProduct), relation.backward(), edge.note));
        }
        links.sort(Comparator.comparing(CompatibilityLink::relation)
                .thenComparing(CompatibilityLink::direction)
                .thenComparing(CompatibilityLink::otherTitle)
                .thenComparing(CompatibilityLink::other));
        return List.copyOf(links);
    }

    @Override
    @Transactional
    public QaEntry addQa(UUID product, NewQaEntry entry) {
        requireProduct(product);
        QaRecord record = new QaRecord();
        record.id = UUID.randomUUID();
        record.productId = product;
        record.question = entry.question();
        record.answer = entry.answer();
        record.source = entry.source().name();
        record.answeredOn = entry.answeredOn();
        record.createdAt = clock.instant();
        record.persist();
        return record.toEntry();
    }

    @Override
    @Transactional
    public List<QaEntry> qa(UUID product) {
        requireProduct(product);
        return QaRecord.<QaRecord>list("productId = ?1 order by answeredOn desc, createdAt desc", product).stream()
                .map(QaRecord::toEntry).toList();
    }

    private static void requireProduct(UUID id) {
        if (Product.findById(id) == null) {
            throw new NoSuchElementException("no product with id " + id);
        }
    }

    @Override
    @Transactional
    public ProductSummary addProduct(NewProduct draft) {
        if (Product.findBySku(draft.sku()) != null) {
            throw new DuplicateSkuException(draft.sku());
        }
        Instant now = clock.instant();
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.sku = draft.sku();
        product.title = draft.title();
        product.brand = draft.brand();
        product.description = draft.description();
        product.priceMinor = draft.price().minorUnits();
        product.currency = draft.price().currency().getCurrencyCode();
        product.createdAt = now;
        product.persist();
        events.publish(new ProductPublished(UUID.randomUUID(), now, product.id, product.sku, product.title, draft.price()));
        return product.toSummary();
    }

    @Override
    @Transactional
    public Optional<ProductSummary> product(UUID id) {
        return Product.<Product>findByIdOptional(id).map(Product::toSummary);
    }

    @Override
    @Transactional
    public SearchPage search(String text, int limit) {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100");
        }
        try {
            SearchResult<Product> result = searchSession.search(Product.class)
                    .where(f -> text == null || text.isBlank()
                            ? f.matchAll()
                            : f.simpleQueryString().fields("title", "brand", "description").matching(text).defaultOperator(
                                    org.hibernate.search.engine.search.common.BooleanOperator.AND))
                    .fetch(limit);
            return new SearchPage(result.total().hitCount(), result.hits().stream().map(Product::toSummary).toList());
        } catch (SearchException e) {
            throw new SearchUnavailableException(e);
        }
    }
}
