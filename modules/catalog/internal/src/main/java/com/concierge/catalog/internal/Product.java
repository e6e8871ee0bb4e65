package com.concierge.catalog.internal;

import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.internal.search.ArchivedRouting;
import com.concierge.catalog.internal.search.AttributesBinder;
import com.concierge.kernel.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScaledNumberField;

/**
 * A product: one family of variants with shared content and attributes. The database is the
 * source of truth; OpenSearch holds a copy for search, updated on every change (automatic
 * indexing), including changes to its variants and Q&A.
 */
@Entity
@Table(name = "catalog_product")
@NamedEntityGraph(name = "product-with-variants", attributeNodes = @NamedAttributeNode("variants"))
@Indexed(index = "product", routingBinder = @RoutingBinderRef(type = ArchivedRouting.class))
public class Product extends PanacheEntityBase {

    @Id
    public UUID id;

    @KeywordField
    @Column(nullable = false, unique = true)
    public String handle;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(name = "category_key")
    public String category;

    @FullTextField(analyzer = "english")
    @KeywordField(name = "title_sort", sortable = Sortable.YES, normalizer = "lowercase")
    @Column(nullable = false)
    public String title;

    @FullTextField(analyzer = "english")
    @KeywordField(name = "brand_keyword", aggregable = Aggregable.YES)
    @Column(nullable = false)
    public String brand;

    @FullTextField(analyzer = "english")
    @Column(nullable = false)
    public String description;

    @FullTextField(analyzer = "english")
    @Convert(converter = JsonColumns.Texts.class)
    @Column(nullable = false)
    public List<String> bullets = new ArrayList<>();

    @Convert(converter = JsonColumns.Texts.class)
    @Column(nullable = false)
    public List<String> images = new ArrayList<>();

    @Column(name = "who_for")
    public String whoFor;

    @Column(name = "who_not_for")
    public String whoNotFor;

    @FullTextField(analyzer = "english")
    @Convert(converter = JsonColumns.Texts.class)
    @Column(nullable = false)
    public List<String> boundaries = new ArrayList<>();

    /** Attribute key → stored value, in schema order. */
    @PropertyBinding(binder = @PropertyBinderRef(type = AttributesBinder.class))
    @Convert(converter = JsonColumns.Attributes.class)
    @Column(nullable = false)
    public Map<String, StoredValue> attributes = new LinkedHashMap<>();

    @Convert(converter = JsonColumns.Labels.class)
    @Column(name = "reason_codes", nullable = false)
    public List<StoredLabel> reasonCodes = new ArrayList<>();

    @ScaledNumberField(decimalScale = 2, sortable = Sortable.YES, aggregable = Aggregable.YES)
    public BigDecimal rating;

    @Column(name = "review_count", nullable = false)
    public int reviewCount;

    @IndexedEmbedded(includePaths = {"sku"})
    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Variant> variants = new ArrayList<>();

    @IndexedEmbedded(includePaths = {"question", "answer"})
    @OneToMany(mappedBy = "product")
    public List<QaRecord> qa = new ArrayList<>();

    @GenericField(sortable = Sortable.YES)
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Set when a merchandiser archived the product: no longer sold, kept for orders and history. */
    @Column(name = "archived_at")
    public Instant archivedAt;

    public static Product findByHandle(String handle) {
        return find("handle", handle).firstResult();
    }

    /**
     * The next {@code size} products by id after {@code after} (null: the first ones), of one category or
     * of all ({@code category} null). Read page after page by key, never by {@code OFFSET}: an offset
     * makes the database walk every row before the page again, which took a minute for 100,000 products
     * on PostgreSQL (docs/performance.md "Catalog on PostgreSQL").
     */
    public static List<Product> pageAfter(String category, UUID after, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (category != null) {
            conditions.add("category = :category");
            parameters.put("category", category);
        }
        if (after != null) {
            conditions.add("id > :after");
            parameters.put("after", after);
        }
        // Panache reads a query without "from" as the where clause ("order by id" alone: every product)
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        return Product.<Product>find(where + "order by id", parameters).page(0, size).list();
    }

    /** The lowest variant price, in minor units: what "from $X" shows and price filters use. */
    @Transient
    @GenericField(name = "price", sortable = Sortable.YES, aggregable = Aggregable.YES, projectable = Projectable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "variants"), @PropertyValue(propertyName = "priceMinor")}))
    public Long getLowestPriceMinor() {
        return variants.stream().map(v -> v.priceMinor).min(Long::compare).orElse(null);
    }

    @Transient
    @GenericField(name = "in_stock", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "variants"), @PropertyValue(propertyName = "stock")}))
    public boolean isInStock() {
        return variants.stream().anyMatch(v -> v.stock > 0);
    }

    @Transient
    @KeywordField(name = "reason", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "reasonCodes")))
    public List<String> getReasonCodeKeys() {
        return reasonCodes.stream().map(StoredLabel::code).toList();
    }

    /**
     * The search card ({@link #toSummary()}) as the index keeps it, so a search answers from the index
     * alone (IndexedSummary, ADR 19). Derived from every field the card shows: a change to any of them
     * rewrites the document.
     */
    @Transient
    @GenericField(name = "summary", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "handle")), @ObjectPath(@PropertyValue(propertyName = "category")),
            @ObjectPath(@PropertyValue(propertyName = "title")), @ObjectPath(@PropertyValue(propertyName = "brand")),
            @ObjectPath(@PropertyValue(propertyName = "description")), @ObjectPath(@PropertyValue(propertyName = "images")),
            @ObjectPath(@PropertyValue(propertyName = "attributes")), @ObjectPath(@PropertyValue(propertyName = "reasonCodes")),
            @ObjectPath(@PropertyValue(propertyName = "rating")), @ObjectPath(@PropertyValue(propertyName = "reviewCount")),
            @ObjectPath({@PropertyValue(propertyName = "variants"), @PropertyValue(propertyName = "sku")}),
            @ObjectPath({@PropertyValue(propertyName = "variants"), @PropertyValue(propertyName = "position")}),
            @ObjectPath({@PropertyValue(propertyName = "variants"), @PropertyValue(propertyName = "priceMinor")}),
            @ObjectPath({@PropertyValue(propertyName = "variants"), @PropertyValue(propertyName = "currency")}),
            @ObjectPath({@PropertyValue(propertyName = "variants"), @PropertyValue(propertyName = "stock")})})
    public String getIndexedSummary() {
        return variants.isEmpty() ? null : IndexedSummary.write(this);
    }

    /**
     * A fingerprint of everything the search document holds: the index keeps it beside the document,
     * so the document can be compared with the database (IndexRepair) by content, not by count.
     */
    @Transient
    @KeywordField(name = "content_version", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "handle")), @ObjectPath(@PropertyValue(propertyName = "category")),
            @ObjectPath(@PropertyValue(propertyName = "title")), @ObjectPath(@PropertyValue(propertyName = "brand")),
            @ObjectPath(@PropertyValue(propertyName = "description")), @ObjectPath(@PropertyValue(propertyName = "bullets")),
            @ObjectPath(@PropertyValue(propertyName = "boundaries")), @ObjectPath(@PropertyValue(propertyName = "attributes")),
            @ObjectPath(@PropertyValue(propertyName = "reasonCodes")), @ObjectPath(@PropertyValue(propertyName = "rating")),
            @ObjectPath(@PropertyValue(propertyName = "createdAt")), @ObjectPath(@PropertyValue(propertyName = "reviewCount")),
            @ObjectPath(@PropertyValue(propertyName = "images")),
            @ObjectPath({@PropertyValue(propertyName = "variants"), @PropertyValue(propertyName = "sku")}),
            @ObjectPath({@PropertyValue(propertyName = "variants"), @PropertyValue(propertyName = "position")}),
            @ObjectPath({@PropertyValue(propertyName = "variants"), @PropertyValue(propertyName = "currency")}),
            @ObjectPath({@PropertyValue(propertyName = "variants"), @PropertyValue(propertyName = "priceMinor")}),
            @ObjectPath({@PropertyValue(propertyName = "variants"), @PropertyValue(propertyName = "stock")}),
            @ObjectPath({@PropertyValue(propertyName = "qa"), @PropertyValue(propertyName = "question")}),
            @ObjectPath({@PropertyValue(propertyName = "qa"), @PropertyValue(propertyName = "answer")})})
    public String getContentVersion() {
        StringBuilder content = new StringBuilder();
        java.util.function.Consumer<Object> add = value -> content.append(value).append('\u001f');
        add.accept(handle);
        add.accept(category);
        add.accept(title);
        add.accept(brand);
        add.accept(description);
        add.accept(bullets);
        add.accept(boundaries);
        attributes.forEach((key, value) -> add.accept(key + "=" + value.plain()));
        add.accept(getReasonCodeKeys());
        add.accept(rating == null ? null : rating.stripTrailingZeros().toPlainString());
        add.accept(createdAt == null ? null : createdAt.toEpochMilli());
        add.accept(reviewCount); // shown on the indexed card, like the first image
        add.accept(images.isEmpty() ? null : images.get(0));
        variants.stream().sorted(Comparator.comparing(v -> v.sku))
                .forEach(v -> add.accept(v.sku + ":" + v.priceMinor + ":" + v.currency + ":" + v.position + ":" + (v.stock > 0)));
        qa.stream().map(q -> q.question + "\u001e" + q.answer).sorted().forEach(add);
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Variant cheapestVariant() {
        return variants.stream().min(Comparator.comparingLong((Variant v) -> v.priceMinor).thenComparingInt(v -> v.position)).orElseThrow();
    }

    public ProductSummary toSummary() {
        Variant cheapest = cheapestVariant();
        String sku = variants.stream().min(Comparator.comparingInt(v -> v.position)).orElseThrow().sku;
        return new ProductSummary(id, handle, sku, category, title, brand, description, Money.of(cheapest.priceMinor, cheapest.currency),
                isInStock(), rating, reviewCount, getReasonCodeKeys(), images.isEmpty() ? null : images.get(0), plainAttributes());
    }

    private Map<String, Object> plainAttributes() {
        Map<String, Object> plain = new LinkedHashMap<>();
        attributes.forEach((key, value) -> plain.put(key, value.plain()));
        return plain;
    }
}
