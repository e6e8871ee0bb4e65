package com.concierge.catalog.api.policies;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a policy applies to. An empty set means "any": a scope with no products, no categories and
 * no regions is the store-wide default.
 *
 * @param products   product ids
 * @param categories category keys ("blenders")
 * @param regions    region codes ("US", "CA", "EU"), compared ignoring case
 */
public record PolicyScope(Set<UUID> products, Set<String> categories, Set<String> regions) {

    public static final PolicyScope EVERYWHERE = new PolicyScope(Set.of(), Set.of(), Set.of());

    public PolicyScope {
        products = products == null ? Set.of() : Set.copyOf(products);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        regions = regions == null ? Set.of() : regions.stream().map(r -> r.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static PolicyScope categories(String... keys) {
        return new PolicyScope(Set.of(), Set.of(keys), Set.of());
    }

    public PolicyScope inRegions(String... codes) {
        return new PolicyScope(products, categories, Set.of(codes));
    }

    /** Whether the policy applies to this product, category and region. */
    public boolean covers(UUID product, String category, String region) {
        return (products.isEmpty() || products.contains(product))
                && (categories.isEmpty() || categories.contains(category))
                && (regions.isEmpty() || regions.contains(region.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * How narrowly this scope names an item: a product beats a category beats everything, and at
     * each of those a named region beats any region. Ties go to the scope naming fewer things.
     */
    public int specificity() {
        return (products.isEmpty() ? 0 : 4) + (categories.isEmpty() ? 0 : 2) + (regions.isEmpty() ? 0 : 1);
    }

    /** How many products, categories and regions the scope names. */
    public int breadth() {
        return products.size() + categories.size() + regions.size();
    }

    /** "category blenders in US", "everywhere". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!products.isEmpty()) {
            text.append(products.size() == 1 ? "this product" : products.size() + " named products");
        } else if (!categories.isEmpty()) {
            text.append("category ").append(String.join(", ", categories.stream().sorted().toList()));
        } else {
            text.append("all products");
        }
        text.append(regions.isEmpty() ? " everywhere" : " in " + String.join(", ", regions.stream().sorted().toList()));
        return text.toString();
    }
}
