package com.concierge.web.api;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * A category's attribute schema as JSON, written the way a merchandiser thinks of it: units by
 * symbol, bounds in the display unit ("10 L"). What GET returns can be PUT back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CategoryDocument(String key, String name, Integer schemaVersion, List<Attribute> attributes) {

    /**
     * @param type          number, enum, boolean, text or list
     * @param unit          for numbers with a dimension: the display unit symbol ("dB", "L")
     * @param dimension     read-only: what the unit measures
     * @param min           lowest allowed value ("100 ml", or a plain number in the display unit)
     * @param max           highest allowed value
     * @param allowedValues for enum and list
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attribute(String key, String label, String type, String unit, String dimension, String min, String max,
                            List<String> allowedValues, Boolean required) {

        static Attribute of(AttributeDefinition definition) {
            return new Attribute(definition.key(), definition.label(), definition.type().name().toLowerCase(Locale.ROOT),
                    definition.displayUnit() == null ? null : definition.displayUnit().symbol(),
                    definition.dimension() == null ? null : definition.dimension().name().toLowerCase(Locale.ROOT),
                    definition.boundText(definition.min()), definition.boundText(definition.max()),
                    definition.allowedValues().isEmpty() ? null : definition.sortedAllowedValues(), definition.required());
        }

        AttributeDefinition toDefinition() {
            return AttributeDefinition.fromText(key, label, type, unit, min, max,
                    allowedValues == null ? null : new HashSet<>(allowedValues), Boolean.TRUE.equals(required));
        }
    }

    public static CategoryDocument of(CategoryDefinition category) {
        return new CategoryDocument(category.key(), category.name(), category.schemaVersion(),
                category.attributes().stream().map(Attribute::of).toList());
    }

    CategoryDefinition toDefinition(String pathKey) {
        if (key != null && !key.equals(pathKey)) {
            throw new IllegalArgumentException("the body names category '" + key + "' but the URL names '" + pathKey + "'");
        }
        return new CategoryDefinition(pathKey, name,
                attributes == null ? List.of() : attributes.stream().map(Attribute::toDefinition).toList(), 0);
    }
}
