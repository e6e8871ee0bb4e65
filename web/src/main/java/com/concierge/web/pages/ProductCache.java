package com.concierge.web.pages;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.policies.ItemPolicies;
import com.concierge.reviews.api.Reviews;
import com.concierge.web.api.SchemaOrg;
import com.concierge.web.pages.ProductPage.Shared;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every shopper sees of a product page (details, reviews, Q&amp;A, policies, compatibility,
 * JSON-LD), kept for {@code cc.storefront.product-cache-for} so a busy page is read from the
 * database a few times a minute instead of on every request. Nothing personal is kept: the
 * conversation's answer and the form token are added per request.
 *
 * <p>A Caffeine cache (ADR 14): one request loads a missing product while the others for it wait,
 * and after half the period the next request reloads it while everyone else is still served the
 * kept copy, so there is no moment when all requests go to the database at once. Price and stock
 * may be as much as the whole period behind; the cart checks both again when something is added.
 * A product that is not found is not kept, so a new one shows at once.
 */
@ApplicationScoped
public class ProductCache {

    /**
     * At most this many products are kept (least used go first), so a crawler walking the catalog
     * cannot fill the heap: a kept product with one guest page took about 24 KB of heap (the demo
     * store's 408 pages: 44 MB before, 54 MB after, each after a full GC), so 2,000 products are
     * about 50 MB, and at most 216 MB if every one also kept all its guest page variants
     * (ProductPage.GUEST_PAGES_KEPT, about 12 KB each) against a 512 MB heap (docs/performance.md#memory).
     */
    static final int MAX_ENTRIES = 2_000;

    private record Key(String handle, URI base) {
    }

    private final Catalog catalog;
    private final Reviews reviews;
    private final ObjectMapper json;
    private final String region;
    private final Clock clock = Clock.systemUTC();
    private final LoadingCache<Key, Shared> kept;

    ProductCache(Catalog catalog, Reviews reviews, ObjectMapper json, @ConfigProperty(name = "cc.store.region") String region,
                 @ConfigProperty(name = "cc.storefront.product-cache-for") Duration keepFor) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.json = json;
        this.region = region;
        this.kept = keepFor.isZero() ? null : Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(keepFor)
                .refreshAfterWrite(keepFor.dividedBy(2))
                .executor(Runnable::run) // the request that finds the copy old reloads it, inside its own request
                .build(this::load);
    }

    /** The shared part of the page of the product with this handle, as seen from {@code base} (the site's address). */
    Optional<Shared> shared(String handle, URI base) {
        Key key = new Key(handle, base);
        return Optional.ofNullable(kept == null ? load(key) : kept.get(key));
    }

    /** Read now; null when there is no such product. */
    private Shared load(Key key) {
        return catalog.detailsByHandle(key.handle()).map(details -> {
            LocalDate today = LocalDate.now(clock);
            ItemPolicies policies = catalog.policiesFor(details.id(), region, today, false, today);
            Map<String, List<CompatibilityLink>> compatibility = new LinkedHashMap<>();
            catalog.compatibility(details.id()).forEach(link -> compatibility.computeIfAbsent(link.reads(), k -> new ArrayList<>()).add(link));
            return new Shared(details, reviews.summary(details.id(), null).orElse(null), reviews.reviews(details.id(), ProductPage.REVIEWS),
                    catalog.qa(details.id()), policies, compatibility, jsonLd(details, policies, key.base()), new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>());
        }).orElse(null);
    }

    /** The JSON-LD block, safe inside a script element: "<" is written as \u003c so no text can close the element. */
    private String jsonLd(ProductDetails details, ItemPolicies policies, URI base) {
        try {
            String url = base.resolve("/products/" + details.handle()).toString();
            return json.writeValueAsString(SchemaOrg.product(details, url, policies)).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD of " + details.handle(), e);
        }
    }
}
