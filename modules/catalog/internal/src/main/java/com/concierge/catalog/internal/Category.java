package com.concierge.catalog.internal;

import com.concierge.catalog.api.CategoryDefinition;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "catalog_category")
public class Category extends PanacheEntityBase {

    @Id
    @Column(name = "category_key")
    public String key;

    @Column(nullable = false)
    public String name;

    @Column(name = "schema_version", nullable = false)
    public int schemaVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "categoryKey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CategoryAttribute> attributes = new ArrayList<>();

    public CategoryDefinition toDefinition() {
        return new CategoryDefinition(key, name, attributes.stream().map(CategoryAttribute::toDefinition).toList(), schemaVersion);
    }
}
