package com.concierge.assistant.internal.intent;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.SearchFilters;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The search page's filters as chips: which of a conversation's constraints the search page shows
 * as filters, and the constraints that filters chosen there stand for. Both directions use the
 * same fields, so a conversation taken to search and back keeps its chips.
 */
public final class FilterChips {

    /** Where chips made from search filters say they came from. */
    static final String SOURCE = "search filters";

    private FilterChips() {
    }

    /** A hard constraint search filters on: price, rating, brands (any of), an attribute's range or values. */
    public static boolean expresses(Constraint c) {
        if (!c.hard()) {
            return false;
        }
        String field = c.field();
        return switch (c.operator()) {
            case AT_MOST, AT_LEAST, BETWEEN -> field.equals("price") || field.equals("rating") || field.startsWith("attr.");
            case ANY_OF -> field.equals("brand") || field.startsWith("attr.");
            default -> false;
        };
    }

    /**
     * The constraints the filters stand for, numbers in the attributes' display units.
     *
     * @param currency the currency of prices
     * @throws IllegalArgumentException when a filter names an attribute the category does not have
     */
    public static List<Constraint> constraints(SearchFilters filters, Optional<CategoryDefinition> category, String currency) {
        List<Constraint> constraints = new ArrayList<>();
        if (filters.priceMin() != null || filters.priceMax() != null) {
            constraints.add(Constraints.price(filters.priceMin(), filters.priceMax(), currency, SOURCE));
        }
        if (filters.minRating() != null) {
            constraints.add(Constraints.rating(filters.minRating(), SOURCE));
        }
        if (!filters.brands().isEmpty()) {
            constraints.add(Constraints.brand(filters.brands().stream().sorted().toList(), false, SOURCE));
        }
        filters.ranges().forEach((key, range) -> {
            AttributeDefinition attribute = attribute(category, key);
            constraints.add(Constraints.number(attribute, Constraints.display(attribute, range.min()), Constraints.display(attribute, range.max()),
                    SOURCE));
        });
        filters.values().forEach((key, values) -> constraints.add(Constraints.choice(attribute(category, key), values.stream().sorted().toList(),
                false, SOURCE)));
        return constraints;
    }

    private static AttributeDefinition attribute(Optional<CategoryDefinition> category, String key) {
        return category.flatMap(c -> c.attributes().stream().filter(a -> a.key().equals(key)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not an attribute of "
                        + category.map(CategoryDefinition::key).orElse("any category") + " the assistant can filter on"));
    }
}
