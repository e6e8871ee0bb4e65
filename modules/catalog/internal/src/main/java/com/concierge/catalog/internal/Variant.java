package com.concierge.catalog.internal;

import com.concierge.catalog.api.ProductDetails;
import com.concierge.kernel.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * One sellable version of a product: its SKU, options (color, size), price and stock on hand.
 * Updates write only the columns that changed: checkout changes {@code stock} and
 * {@code reserved} with conditional SQL updates, and an import that changes a price must not write
 * back the stock it read before a sale.
 */
@Entity
@DynamicUpdate
@Table(name = "catalog_variant")
public class Variant extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @KeywordField
    @Column(nullable = false, unique = true)
    public String sku;

    /** Order within the product, as first imported. */
    @Column(nullable = false)
    public int position;

    @Convert(converter = JsonColumns.Options.class)
    @Column(nullable = false)
    public Map<String, String> options = new LinkedHashMap<>();

    @Column(name = "price_minor", nullable = false)
    public long priceMinor;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public int stock;

    /** Units held by checkouts in progress; only {@code inventory.StockLedger} changes it, with SQL. */
    @Column(insertable = false, updatable = false)
    public int reserved;

    ProductDetails.Variant toView() {
        return new ProductDetails.Variant(sku, options, Money.of(priceMinor, currency), stock);
    }
}
