package com.concierge.assistant.internal.intent;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.reasons.ReasonRuleSet;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The current {@link Vocabulary}, read from the catalog and kept for {@link #TTL}: schema, reason
 * rule and synonym edits reach the assistant within that time (or at once after {@link #refresh()}).
 */
@ApplicationScoped
public class VocabularySource {

    static final Duration TTL = Duration.ofSeconds(30);

    private final Catalog catalog;
    private final Clock clock = Clock.systemUTC();
    private volatile Vocabulary current;
    private volatile Spelling spelling = Spelling.NONE;
    private Vocabulary spelt;
    private volatile Instant readAt = Instant.EPOCH;

    VocabularySource(Catalog catalog) {
        this.catalog = catalog;
    }

    public Vocabulary current() {
        Vocabulary local = current;
        if (local == null || clock.instant().isAfter(readAt.plus(TTL))) {
            synchronized (this) {
                if (current == null || clock.instant().isAfter(readAt.plus(TTL))) {
                    Vocabulary fresh = read();
                    if (!fresh.equals(spelt)) {
                        spelling = Spelling.of(fresh, IntentParser.grammar());
                        spelt = fresh;
                    }
                    current = fresh;
                    readAt = clock.instant();
                }
                local = current;
            }
        }
        return local;
    }

    /** The speller over the current vocabulary's words (rebuilt only when they change). */
    public Spelling spelling() {
        current();
        return spelling;
    }

    public void refresh() {
        synchronized (this) {
            current = null;
        }
    }

    private Vocabulary read() {
        List<Vocabulary.CategoryWords> categories = new ArrayList<>();
        for (CategoryDefinition category : catalog.categories()) {
            List<Vocabulary.Reason> reasons = catalog.reasonRules(category.key()).map(ReasonRuleSet::rules).orElse(List.of()).stream()
                    .map(Vocabulary.Reason::of).toList();
            Set<String> brands = new LinkedHashSet<>();
            try {
                SearchResults facets = catalog.search(SearchQuery.text("").withCategory(category.key()).withPage(0, 1));
                facets.facets().stream().filter(f -> f.key().equals("brand")).flatMap(f -> f.buckets().stream())
                        .forEach(b -> brands.add(b.value()));
            } catch (RuntimeException e) {
                // search down: brands are not understood until it is back; everything else still is
            }
            categories.add(new Vocabulary.CategoryWords(category, reasons, catalog.variantOptions(category.key()), brands));
        }
        return new Vocabulary(categories, catalog.synonyms());
    }
}
