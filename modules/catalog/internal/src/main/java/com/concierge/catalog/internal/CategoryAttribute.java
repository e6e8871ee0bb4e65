package com.concierge.catalog.internal;

import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** One attribute of a category's schema; allowed values are stored '|'-separated. */
@Entity
@Table(name = "catalog_attribute")
@IdClass(CategoryAttribute.Key.class)
public class CategoryAttribute {

    public record Key(String categoryKey, String key) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "category_key")
    public String categoryKey;

    @Id
    @Column(name = "attribute_key")
    public String key;

    public int position;

    @Column(nullable = false)
    public String label;

    @Column(name = "value_type", nullable = false)
    public String type;

    public String dimension;

    @Column(name = "display_unit")
    public String displayUnit;

    @Column(name = "min_value")
    public BigDecimal min;

    @Column(name = "max_value")
    public BigDecimal max;

    @Column(name = "allowed_values")
    public String allowedValues;

    public boolean required;

    static CategoryAttribute of(String categoryKey, int position, AttributeDefinition definition) {
        CategoryAttribute attribute = new CategoryAttribute();
        attribute.categoryKey = categoryKey;
        attribute.key = definition.key();
        attribute.position = position;
        attribute.label = definition.label();
        attribute.type = definition.type().name();
        attribute.dimension = definition.dimension() == null ? null : definition.dimension().name();
        attribute.displayUnit = definition.displayUnit() == null ? null : definition.displayUnit().name();
        attribute.min = definition.min();
        attribute.max = definition.max();
        attribute.allowedValues = definition.allowedValues().isEmpty() ? null : String.join("|", definition.sortedAllowedValues());
        attribute.required = definition.required();
        return attribute;
    }

    AttributeDefinition toDefinition() {
        Set<String> allowed = allowedValues == null ? Set.of()
                : Arrays.stream(allowedValues.split("\\|")).collect(Collectors.toUnmodifiableSet());
        return new AttributeDefinition(key, label, AttributeType.valueOf(type), dimension == null ? null : Dimension.valueOf(dimension),
                displayUnit == null ? null : Unit.valueOf(displayUnit), min, max, allowed, required);
    }
}
