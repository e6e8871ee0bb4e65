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
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works out a {@link SchemaImpact}: compares the stored schema with a proposed one attribute by
 * attribute, re-checks every stored value of a changed attribute with its new definition (values of
 * unchanged attributes were checked by the same definition when they were saved; a value stored as
 * another type is refused, since filters and rules read it as stored), and asks the reason codes
 * which rules would no longer fit. Products are read a page at a time. Callers hold the transaction.
 */
final class SchemaImpacts {

    private SchemaImpacts() {
    }

    /** Products read at a time; each is detached once checked, so a large category is never held whole. */
    private static final int PAGE = 500;

    static SchemaImpact of(CategoryDefinition current, CategoryDefinition proposed, ReasonCodes reasons) {
        Map<String, AttributeDefinition> before = byKey(current.attributes());
        Map<String, AttributeDefinition> after = byKey(proposed.attributes());
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
        List<String> removed = before.keySet().stream().filter(key -> !after.containsKey(key)).toList();
        List<String> kept = after.keySet().stream().filter(before::containsKey).toList();
        if (!kept.equals(before.keySet().stream().filter(after::containsKey).toList())) {
            changes.add("attributes put in another order: " + String.join(", ", kept));
        }
        Map<String, Integer> stating = new LinkedHashMap<>();
        List<SchemaImpact.Conflict> refused = new ArrayList<>();
        List<SchemaImpact.Conflict> missing = new ArrayList<>();
        int[] counts = new int[2]; // refused, missing
        int products = 0;
        var entities = Product.getEntityManager();
        UUID lastId = null;
        while (true) {
            List<Product> batch = Product.pageAfter(current.key(), lastId, PAGE);
            if (batch.isEmpty()) {
                break;
            }
            lastId = batch.get(batch.size() - 1).id;
            for (Product product : batch) {
                products++;
                removed.stream().filter(product.attributes::containsKey).forEach(key -> stating.merge(key, 1, Integer::sum));
                rechecked.forEach((key, definition) -> check(product, key, definition, before.get(key), refused, missing, counts));
                entities.detach(product);
            }
        }
        removed.forEach(key -> {
            int count = stating.getOrDefault(key, 0);
            changes.add("removed " + key + (count == 0 ? "" : " (" + count + (count == 1 ? " product states it" : " products state it")
                    + "; the values stay stored but are no longer checked, filtered or shown by the schema)"));
        });
        return new SchemaImpact(changes, refused, counts[0], missing, counts[1], reasons.conflicts(proposed), products);
    }

    /** One stored value against its attribute's new definition; the first {@link SchemaImpact#LISTED} conflicts of each kind are kept. */
    private static void check(Product product, String key, AttributeDefinition definition, AttributeDefinition old,
                              List<SchemaImpact.Conflict> refused, List<SchemaImpact.Conflict> missing, int[] counts) {
        StoredValue stored = product.attributes.get(key);
        if (stored == null) {
            if (definition.required() && (old == null || !old.required())) {
                if (counts[1]++ < SchemaImpact.LISTED) {
                    missing.add(new SchemaImpact.Conflict(product.id, product.handle, product.title, key, "", "has no value and is now required"));
                }
            }
            return;
        }
        String problem = null;
        if (stored.type() != definition.type()) {
            // the value is stored typed; the filters and reason rules read it as stored, so a new type needs it written again
            problem = "is stored as " + name(stored.type()) + ", not " + name(definition.type()) + ": give the new type a new key, or clear these values first";
        } else {
            try {
                definition.check(source(stored));
            } catch (InvalidAttributeValueException e) {
                problem = e.getMessage();
            }
        }
        if (problem != null && counts[0]++ < SchemaImpact.LISTED) {
            refused.add(new SchemaImpact.Conflict(product.id, product.handle, product.title, key, source(stored), problem));
        }
    }

    private static String name(AttributeType type) {
        return type == AttributeType.ENUM || type == AttributeType.LIST ? "an " + type.name().toLowerCase(Locale.ROOT)
                : "a " + type.name().toLowerCase(Locale.ROOT);
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
