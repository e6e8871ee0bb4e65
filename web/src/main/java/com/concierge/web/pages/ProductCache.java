package com.concierge.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every shopper sees of a product page (details, reviews, Q&amp;A, policies, compatibility,
 * JSON-LD), kept for {@code cc.storefront.product-cache-for} so a busy page is read from the
 * database a few times a minute instead of on every request. Nothing personal is kept: the
 * conversation's answer and the form token are added per request. Price and stock may be that
 * much behind; the cart checks both again when something is added.
 */
@ApplicationScoped
public class ProductCache {

    /** Above this many products the oldest half is dropped: a crawler walking the catalog cannot fill the heap. */
    static final int MAX_ENTRIES = 5_000;

    private record Entry(Object value, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration keepFor;
    private final Clock clock = Clock.systemUTC();

    ProductCache(@ConfigProperty(name = "cc.storefront.product-cache-for") Duration keepFor) {
        this.keepFor = keepFor;
    }

    /** The cached value for {@code key}, or what {@code load} finds (an empty result is not kept). */
    @SuppressWarnings("unchecked")
    <T> Optional<T> get(String key, Supplier<Optional<T>> load) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && entry.until().isAfter(now)) {
            return Optional.of((T) entry.value());
        }
        Optional<T> loaded = load.get();
        if (loaded.isPresent() && !keepFor.isZero()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.values().removeIf(e -> !e.until().isAfter(now.plus(keepFor.dividedBy(2))));
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
            }
            entries.put(key, new Entry(loaded.get(), now.plus(keepFor)));
        }
        return loaded;
    }
}
