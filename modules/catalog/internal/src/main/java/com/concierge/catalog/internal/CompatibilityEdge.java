package com.concierge.catalog.internal;

import com.concierge.catalog.api.compatibility.Relation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A typed, directed edge between two products, or between variants of them: a {@code null}
 * variant stands for the whole product. {@link #key} spells out both ends and the kind.
 */
@Entity
@Table(name = "catalog_compatibility_edge")
public class CompatibilityEdge extends PanacheEntityBase {

    @Id
    @Column(name = "edge_key")
    public String key;

    @Column(name = "from_product", nullable = false)
    public UUID fromProduct;

    @Column(name = "from_variant")
    public UUID fromVariant;

    @Column(nullable = false)
    public String kind;

    @Column(name = "to_product", nullable = false)
    public UUID toProduct;

    @Column(name = "to_variant")
    public UUID toVariant;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** "product/variant>KIND>product/variant", with "*" for a whole product. */
    static String key(UUID fromProduct, UUID fromVariant, Relation relation, UUID toProduct, UUID toVariant) {
        return fromProduct + "/" + (fromVariant == null ? "*" : fromVariant) + ">" + relation.name() + ">"
                + toProduct + "/" + (toVariant == null ? "*" : toVariant);
    }
}
