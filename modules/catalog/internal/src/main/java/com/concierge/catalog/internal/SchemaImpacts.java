package com.concierge.catalog.internal;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.SchemaImpact;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.InvalidAttributeValueException;
import com.concierge.catalog.internal.reasons.ReasonCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works out a {@link SchemaImpact}: compares the stored schema with a proposed one attribute by
 * attribute, re-checks every stored value of a changed attribute with its new definition (values of
 * unchanged attributes were checked by the same definition when they were saved), and asks the
 * reason codes which rules would no longer fit. Callers hold the transaction.
 */
final class SchemaImpacts {

    private SchemaImpacts() {
    }

    static SchemaImpact of(CategoryDefinition current, CategoryDefinition proposed, ReasonCodes reasons) {
        Map<String, AttributeDefinition> before = byKey(current.attributes());
        Map<String, AttributeDefinition> after = byKey(proposed.attributes());
        List<Product> products = Product.list("category", current.key());
        List<String> changes = new ArrayList<>();
        Map<String, AttributeDefinition> rechecked = new LinkedHashMap<>();
        after.forEach((key, definition) -> {
            AttributeDefinition old = before.get(key);
            if (old == null) {
                changes.add("added " + key + " (" + describe(definition) + ")");
                rechecked.put(key, definition);
            } else if (!old.equals(definition)) {
                changes.add("changed " + key + ": " + describe(old) + " → " + describe(definition));
                rechecked.put(key, definition);
            }
        });
        before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(key -> {
            long stating = products.stream().filter(p -> p.attributes.containsKey(key)).count();
            changes.add("removed " + key + (stating == 0 ? "" : " (" + stating + (stating == 1 ? " product states it" : " products state it")
                    + "; the values stay stored but are no longer checked, filtered or shown by the schema)"));
        });
        List<SchemaImpact.Conflict> refused = new ArrayList<>();
        List<SchemaImpact.Conflict> missing = new ArrayList<>();
        for (Product product : products) {
            rechecked.forEach((key, definition) -> {
                StoredValue stored = product.attributes.get(key);
                AttributeDefinition old = before.get(key);
                if (stored == null) {
                    if (definition.required() && (old == null || !old.required())) {
                        missing.add(new SchemaImpact.Conflict(product.id, product.handle, product.title, key, "", "has no value and is now required"));
                    }
                    return;
                }
                try {
                    definition.check(source(stored));
                } catch (InvalidAttributeValueException e) {
                    refused.add(new SchemaImpact.Conflict(product.id, product.handle, product.title, key, source(stored), e.getMessage()));
                }
            });
        }
        return new SchemaImpact(changes, first(refused), refused.size(), first(missing), missing.size(), reasons.conflicts(proposed), products.size());
    }

    private static List<SchemaImpact.Conflict> first(List<SchemaImpact.Conflict> conflicts) {
        return conflicts.subList(0, Math.min(SchemaImpact.LISTED, conflicts.size()));
    }

    /** What the product data said; values stored before the source was kept are written back from the typed value. */
    private static String source(StoredValue stored) {
        if (stored.source() != null && !stored.source().isBlank()) {
            return stored.source();
        }
        Object plain = stored.plain();
        if (stored.type() == AttributeType.NUMBER && stored.unit() != null) {
            return stored.number().toPlainString() + " " + stored.unit();
        }
        return plain instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining("|")) : String.valueOf(plain);
    }

    /** "number in dB, 20–120 dB, required", "enum of glass, Tritan". */
    static String describe(AttributeDefinition a) {
        StringBuilder text = new StringBuilder(a.type().name().toLowerCase(Locale.ROOT));
        if (a.displayUnit() != null) {
            text.append(" in ").append(a.displayUnit().symbol());
        }
        if (a.min() != null || a.max() != null) {
            text.append(", ").append(Objects.requireNonNullElse(a.boundText(a.min()), "")).append("–")
                    .append(Objects.requireNonNullElse(a.boundText(a.max()), ""));
        }
        if (!a.allowedValues().isEmpty()) {
            text.append(" of ").append(String.join(", ", a.sortedAllowedValues()));
        }
        if (!a.label().equals(a.key())) {
            text.append(", labelled \"").append(a.label()).append('"');
        }
        return text.append(a.required() ? ", required" : ", optional").toString();
    }

    private static Map<String, AttributeDefinition> byKey(List<AttributeDefinition> attributes) {
        return attributes.stream().collect(Collectors.toMap(AttributeDefinition::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
