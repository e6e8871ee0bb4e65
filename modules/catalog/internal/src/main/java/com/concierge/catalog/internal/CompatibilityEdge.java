package com.concierge.catalog.internal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "catalog_compatibility")
@IdClass(CompatibilityEdge.Key.class)
public class CompatibilityEdge extends PanacheEntityBase {

    public record Key(UUID fromProduct, String kind, UUID toProduct) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "from_product")
    public UUID fromProduct;

    @Id
    public String kind;

    @Id
    @Column(name = "to_product")
    public UUID toProduct;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
