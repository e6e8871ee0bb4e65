package com.concierge.web.api;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.web.api.ProductResource.ProductDocument;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public catalog reads that shoppers' agents and feeds repeat all day (one product's JSON, a
 * listing or search, the category list), kept on this replica for {@code cc.storefront.product-cache-for}
 * (10 s by default; the same period as the product page's kept part, ADR 21).
 *
 * <p>Each is a Caffeine cache like the page's: one request loads a missing entry while the others
 * for it wait; after half the period the next request reloads it while the rest are still served
 * the kept copy; after the whole period an entry is gone. So a price, stock, rating or review
 * change shows in every answer of every replica within the period, without any message between
 * replicas. Product JSON and search JSON are kept as the bytes sent, with their entity tag
 * ({@link Representation}). What is not found, refused (a bad filter) or failed (search down) is
 * never kept. Memory is bounded by bytes, not entries, so a crawler walking the catalog cannot
 * fill the heap.
 *
 * <p>A period of {@code 0S} keeps nothing (the tests' default): every read goes to the catalog.
 */
@ApplicationScoped
public class CatalogReads {

    /** At most this many bytes of product JSON are kept (least used go first). */
    static final long MAX_PRODUCT_BYTES = 32L << 20;
    /** At most this many bytes of search JSON are kept. */
    static final long MAX_SEARCH_BYTES = 32L << 20;
    /** At most this many search answers are kept as objects, for the storefront's search page (the API keeps bytes). */
    static final int MAX_SEARCHES = 500;

    private final Catalog catalog;
    private final ObjectMapper json;
    private final String region;
    private final Duration keepFor;
    private final Clock clock = Clock.systemUTC();
    private final LoadingCache<String, Representation> products;
    private final LoadingCache<SearchQuery, SearchResults> searches;
    private final LoadingCache<SearchQuery, Representation> searchJson;
    private final LoadingCache<Boolean, List<CategoryDefinition>> categories;

    CatalogReads(Catalog catalog, ObjectMapper json, @ConfigProperty(name = "cc.store.region") String region,
                 @ConfigProperty(name = "cc.storefront.product-cache-for") Duration keepFor) {
        this.catalog = catalog;
        this.json = json;
        this.region = region;
        this.keepFor = keepFor;
        this.products = kept(MAX_PRODUCT_BYTES, representations(this::productJson));
        this.searches = keepFor.isZero() ? null : builder().maximumSize(MAX_SEARCHES).build(catalog::search);
        this.searchJson = kept(MAX_SEARCH_BYTES, representations(query -> bytes(catalog.search(query)))); // not also kept as objects
        this.categories = keepFor.isZero() ? null : builder().maximumSize(1).build(all -> catalog.categories());
    }

    /** How stale a kept read may be: the {@code max-age} clients are told. */
    public Duration keepFor() {
        return keepFor;
    }

    /** The product API's document of the product with this id or handle, as JSON; empty when there is none. */
    public Optional<Representation> product(String idOrHandle) {
        return Optional.ofNullable(products == null ? load(idOrHandle, this::productJson) : products.get(idOrHandle));
    }

    /** The catalog's answer to this search. Throws as {@link Catalog#search} does (bad filter, search down); nothing is kept then. */
    public SearchResults search(SearchQuery query) {
        return searches == null ? catalog.search(query) : searches.get(query);
    }

    /** The search's answer as JSON. */
    public Representation searchJson(SearchQuery query) {
        return searchJson == null ? load(query, q -> bytes(catalog.search(q))) : searchJson.get(query);
    }

    /** Every category with its attribute schema (search parameters are read against them). */
    public List<CategoryDefinition> categories() {
        return categories == null ? catalog.categories() : categories.get(Boolean.TRUE);
    }

    /** The document of {@link ProductResource#product}: details, compatibility, today's policies in the store region, readiness. */
    ProductDocument document(ProductDetails details) {
        LocalDate today = LocalDate.now(clock);
        return new ProductDocument(details, catalog.compatibility(details.id()),
                catalog.policiesFor(details.id(), region, today, false, today),
                catalog.readinessOf(details.id(), region).orElseThrow());
    }

    private byte[] productJson(String idOrHandle) {
        return ProductResource.details(catalog, idOrHandle).map(d -> bytes(document(d))).orElse(null);
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <K> Representation load(K key, Function<K, byte[]> read) {
        byte[] body = read.apply(key);
        return body == null ? null : Representation.of(body, clock.instant());
    }

    /** A loader of representations that keeps the first-seen time while the bytes stay the same. */
    private <K> CacheLoader<K, Representation> representations(Function<K, byte[]> read) {
        return new CacheLoader<>() {
            @Override
            public Representation load(K key) {
                return CatalogReads.this.load(key, read);
            }

            @Override
            public Representation reload(K key, Representation old) {
                byte[] body = read.apply(key);
                return body == null ? null : old.seenAgain(body, clock.instant());
            }
        };
    }

    private <K> LoadingCache<K, Representation> kept(long maxBytes, CacheLoader<K, Representation> loader) {
        return keepFor.isZero() ? null : builder().maximumWeight(maxBytes)
                .weigher((K key, Representation value) -> value.body().length).build(loader);
    }

    private Caffeine<Object, Object> builder() {
        return Caffeine.newBuilder().expireAfterWrite(keepFor).refreshAfterWrite(keepFor.dividedBy(2))
                .executor(Runnable::run); // the request that finds the copy old reloads it, inside its own request
    }
}
