package com.concierge.assistant.internal.recommend;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.Constraint.Operator;
import com.concierge.assistant.internal.intent.Constraints;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Checks one product variant against one hard constraint, from the product's own data, and says
 * what the product's value is. The recommender's last word: nothing it shows fails a check.
 */
final class Fit {

    private Fit() {
    }

    /** The product's value when it meets the constraint, empty when it does not (or does not state it). */
    static Optional<String> meets(Constraint c, ProductDetails product, ProductDetails.Variant variant, CategoryDefinition category) {
        String field = c.field();
        if (field.equals("price")) {
            BigDecimal price = variant.price().amount();
            return within(price, c.min(), c.max()) ? Optional.of(Constraints.money(variant.price())) : Optional.empty();
        }
        if (field.equals("rating")) {
            return product.rating() != null && within(product.rating(), c.min(), c.max()) ? Optional.of(product.rating().toPlainString())
                    : Optional.empty();
        }
        if (field.equals("brand")) {
            boolean listed = c.values().stream().anyMatch(b -> b.equalsIgnoreCase(product.brand()));
            return listed == (c.operator() == Operator.ANY_OF) ? Optional.of(product.brand()) : Optional.empty();
        }
        if (field.startsWith("option.")) {
            String value = variant.options().get(field.substring("option.".length()));
            if (value == null) {
                return Optional.empty();
            }
            boolean listed = c.values().stream().anyMatch(v -> v.equalsIgnoreCase(value));
            return listed == (c.operator() == Operator.ANY_OF) ? Optional.of(value) : Optional.empty();
        }
        if (field.startsWith("attr.")) {
            String key = field.substring("attr.".length());
            Optional<ProductDetails.Attribute> stated = product.attribute(key);
            Optional<AttributeDefinition> definition = category == null ? Optional.empty()
                    : category.attributes().stream().filter(a -> a.key().equals(key)).findFirst();
            if (stated.isEmpty() || definition.isEmpty()) {
                return Optional.empty();
            }
            Object value = stated.get().value();
            return switch (c.operator()) {
                case AT_MOST, AT_LEAST, BETWEEN -> value instanceof BigDecimal number && within(number,
                        Constraints.canonical(definition.get(), c.min()), Constraints.canonical(definition.get(), c.max()))
                        ? Optional.of(stated.get().display()) : Optional.empty();
                case ANY_OF, NONE_OF -> {
                    boolean listed = values(value).stream().anyMatch(v -> c.values().stream().anyMatch(w -> w.equalsIgnoreCase(v)));
                    yield listed == (c.operator() == Operator.ANY_OF) ? Optional.of(stated.get().display()) : Optional.empty();
                }
                default -> Optional.of(stated.get().display());
            };
        }
        return Optional.of(""); // soft fields never exclude
    }

    static boolean within(BigDecimal value, BigDecimal min, BigDecimal max) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    /** An attribute value as strings: booleans as yes/no, lists item by item. */
    static List<String> values(Object value) {
        if (value instanceof Boolean flag) {
            return List.of(flag ? "yes" : "no");
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
