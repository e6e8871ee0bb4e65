package com.concierge.web.api;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.Quantity;
import com.concierge.catalog.api.search.AttributeFilter;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SortOrder;
import com.concierge.kernel.Money;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns search query parameters into a {@link SearchQuery}. The vocabulary (docs/search.md):
 * {@code q}, {@code category}, {@code brand} (repeatable), {@code price.min} / {@code price.max}
 * (decimal amounts in the store currency), {@code rating.min}, {@code in_stock=true}, {@code reason}
 * (repeatable), {@code attr.<key>=<value>} (repeatable) or {@code attr.<key>.min} /
 * {@code attr.<key>.max} (a quantity with a unit, "60 dB", or a number in the attribute's display
 * unit), {@code sort} (relevance, price_asc, price_desc, rating, newest), {@code page} (from 0),
 * {@code size}.
 */
public final class SearchParameters {

    private static final Set<String> KNOWN = Set.of("q", "category", "brand", "price.min", "price.max", "rating.min", "in_stock",
            "reason", "sort", "page", "size", "currency");

    private SearchParameters() {
    }

    public static SearchQuery parse(MultivaluedMap<String, String> params, Collection<CategoryDefinition> categories, String storeCurrency) {
        for (String name : params.keySet()) {
            if (!KNOWN.contains(name) && !name.startsWith("attr.")) {
                throw new IllegalArgumentException("unknown search parameter '" + name + "'");
            }
        }
        String category = first(params, "category");
        Map<String, AttributeDefinition> schema = new LinkedHashMap<>();
        categories.stream().filter(c -> category == null || c.key().equals(category))
                .flatMap(c -> c.attributes().stream()).forEach(a -> schema.putIfAbsent(a.key(), a));
        Map<String, AttributeFilter> attributes = new LinkedHashMap<>();
        Map<String, BigDecimal[]> ranges = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (!name.startsWith("attr.")) {
                return;
            }
            String rest = name.substring("attr.".length());
            boolean min = rest.endsWith(".min");
            boolean max = rest.endsWith(".max");
            String key = min || max ? rest.substring(0, rest.length() - 4) : rest;
            AttributeDefinition definition = schema.get(key);
            if (definition == null) {
                throw new IllegalArgumentException("'" + key + "' is not an attribute of "
                        + (category == null ? "any category" : "category " + category));
            }
            if (min || max) {
                BigDecimal bound = bound(definition, values.get(0), name);
                ranges.computeIfAbsent(key, k -> new BigDecimal[2])[min ? 0 : 1] = bound;
            } else {
                Set<String> accepted = new LinkedHashSet<>();
                for (String value : values) {
                    accepted.add(termValue(definition, value, name));
                }
                attributes.put(key, new AttributeFilter.AnyOf(accepted));
            }
        });
        ranges.forEach((key, bounds) -> attributes.put(key, new AttributeFilter.Range(bounds[0], bounds[1])));
        String currency = Optional.ofNullable(first(params, "currency")).orElse(storeCurrency);
        return new SearchQuery(first(params, "q"), category, set(params, "brand"), price(params, "price.min", currency),
                price(params, "price.max", currency), decimal(params, "rating.min"), bool(params, "in_stock"), set(params, "reason"),
                attributes, sort(first(params, "sort")), integer(params, "page", 0), integer(params, "size", 20));
    }

    private static BigDecimal bound(AttributeDefinition definition, String text, String parameter) {
        if (definition.type() != AttributeType.NUMBER) {
            throw new IllegalArgumentException(parameter + ": attribute " + definition.key() + " is not a number; use attr."
                    + definition.key() + "=<value>");
        }
        String value = text.strip();
        if (definition.dimension() == null || value.matches("[-+]?\\d+(?:[.,]\\d+)?")) {
            BigDecimal number = number(value, parameter);
            return definition.displayUnit() == null ? number : definition.displayUnit().toCanonical(number);
        }
        Quantity quantity;
        try {
            quantity = Quantity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + ": " + e.getMessage());
        }
        if (quantity.dimension() != definition.dimension()) {
            throw new IllegalArgumentException(parameter + ": " + value + " does not measure " + definition.label().toLowerCase(Locale.ROOT));
        }
        return quantity.canonicalValue();
    }

    private static String termValue(AttributeDefinition definition, String value, String parameter) {
        String stripped = value.strip();
        return switch (definition.type()) {
            case BOOLEAN -> switch (stripped.toLowerCase(Locale.ROOT)) {
                case "yes", "true", "1" -> "yes";
                case "no", "false", "0" -> "no";
                default -> throw new IllegalArgumentException(parameter + ": '" + value + "' is not yes or no");
            };
            case ENUM, LIST -> definition.allowedValues().stream().filter(a -> a.equalsIgnoreCase(stripped)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(parameter + ": '" + value + "' is not one of "
                            + String.join(", ", definition.sortedAllowedValues())));
            case NUMBER -> throw new IllegalArgumentException(parameter + ": attribute " + definition.key()
                    + " is a number; use attr." + definition.key() + ".min / .max");
            case TEXT -> throw new IllegalArgumentException(parameter + ": attribute " + definition.key() + " is free text; put its words in q");
        };
    }

    private static Long price(MultivaluedMap<String, String> params, String name, String currency) {
        String value = first(params, name);
        if (value == null) {
            return null;
        }
        try {
            return Money.parse(value, currency).minorUnits();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }

    private static SortOrder sort(String value) {
        if (value == null) {
            return SortOrder.RELEVANCE;
        }
        try {
            return SortOrder.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort '" + value + "' is not one of relevance, price_asc, price_desc, rating, newest");
        }
    }

    private static boolean bool(MultivaluedMap<String, String> params, String name) {
        String value = first(params, name);
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(name + " '" + value + "' is not true or false");
        };
    }

    private static int integer(MultivaluedMap<String, String> params, String name, int fallback) {
        String value = first(params, name);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a whole number");
        }
    }

    private static BigDecimal decimal(MultivaluedMap<String, String> params, String name) {
        String value = first(params, name);
        return value == null ? null : number(value, name);
    }

    private static BigDecimal number(String value, String name) {
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a number");
        }
    }

    private static Set<String> set(MultivaluedMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? Set.of() : new LinkedHashSet<>(values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList());
    }

    private static String first(MultivaluedMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
