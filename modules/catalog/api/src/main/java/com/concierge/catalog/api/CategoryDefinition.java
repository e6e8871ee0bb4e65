package com.concierge.catalog.api;

import com.concierge.catalog.api.attributes.AttributeDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A category and the attributes its products have.
 *
 * @param key           stable identifier ("blenders")
 * @param name          for people ("Blenders")
 * @param attributes    in display order; keys unique
 * @param schemaVersion 1 for a new category, +1 on every change of its attributes (ignored on input)
 */
public record CategoryDefinition(String key, String name, List<AttributeDefinition> attributes, int schemaVersion) {

    public CategoryDefinition {
        if (key == null || !key.matches("[a-z][a-z0-9_-]{0,63}")) {
            throw new IllegalArgumentException("category key '" + key + "' must be lower-case letters, digits, '-' and '_'");
        }
        name = RequiredText.of("category name", name, 200);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        Set<String> keys = new HashSet<>();
        for (AttributeDefinition attribute : attributes) {
            if (!keys.add(attribute.key())) {
                throw new IllegalArgumentException("attribute '" + attribute.key() + "' is defined twice");
            }
        }
    }
}
