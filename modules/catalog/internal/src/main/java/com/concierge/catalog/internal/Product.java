package com.concierge.catalog.internal;

import com.concierge.catalog.api.ProductSummary;
import com.concierge.kernel.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Sortable;

/** A sellable product; indexed in OpenSearch on every change (automatic indexing). */
@Entity
@Table(name = "catalog_product")
@Indexed(index = "product")
public class Product extends PanacheEntityBase {

    @Id
    public UUID id;

    @KeywordField
    @Column(nullable = false, unique = true)
    public String sku;

    @FullTextField(analyzer = "english")
    @Column(nullable = false)
    public String title;

    @FullTextField(analyzer = "english")
    @KeywordField(name = "brand_keyword")
    @Column(nullable = false)
    public String brand;

    @FullTextField(analyzer = "english")
    @Column(nullable = false)
    public String description;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "price_minor", nullable = false)
    public long priceMinor;

    @KeywordField
    @Column(nullable = false)
    public String currency;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Product findBySku(String sku) {
        return find("sku", sku).firstResult();
    }

    ProductSummary toSummary() {
        return new ProductSummary(id, sku, title, brand, description, Money.of(priceMinor, currency));
    }
}
