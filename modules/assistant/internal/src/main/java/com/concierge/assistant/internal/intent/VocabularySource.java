package com.concierge.assistant.internal.intent;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.reasons.ReasonRuleSet;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.Synonym;
import com.concierge.catalog.api.search.SearchResults;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The current {@link Vocabulary}, read from the catalog. A turn never waits for it to be read again:
 * it is read in the background every {@code cc.assistant.vocabulary-refresh} (30 s), so schema,
 * reason rule and synonym edits made on any replica reach the assistant within that time, and at
 * once on this replica after {@link #refresh()} (the next turn reads it). Only the first turn after
 * a start or a refresh reads it on the turn's thread.
 *
 * <p>Brands and title words come from search. When search does not answer for a category, the
 * brands and titles last read for it are kept: a reread during a search outage would otherwise
 * forget every brand until the next reread ("a Calma blender" read as an unknown word).
 */
@ApplicationScoped
public class VocabularySource {

    private static final Logger LOG = Logger.getLogger(VocabularySource.class);

    private final Catalog catalog;
    private volatile Vocabulary current;
    private volatile Spelling spelling = Spelling.NONE;
    /** How many times {@link #refresh()} ran (guarded by this): a scheduled reread begun before one must not install what it read. */
    private long refreshes;
    private Vocabulary spelt;
    /** What search last answered per category: brands and sample titles survive a search outage. */
    private final Map<String, Searched> lastSearched = new java.util.concurrent.ConcurrentHashMap<>();

    private record Searched(Set<String> brands, List<ProductSummary> hits) {
    }

    VocabularySource(Catalog catalog) {
        this.catalog = catalog;
    }

    public Vocabulary current() {
        Vocabulary local = current;
        if (local == null) {
            synchronized (this) {
                if (current == null) {
                    install(read());
                }
                local = current;
            }
        }
        return local;
    }

    /** Reads the vocabulary again off the turn path; a failure keeps the one in use until the next try. */
    @Scheduled(every = "${cc.assistant.vocabulary-refresh:30s}", delayed = "${cc.assistant.vocabulary-refresh:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reread() {
        if (current == null) {
            return; // nobody asked yet (or a refresh is pending): the next turn reads it
        }
        long asOf;
        synchronized (this) {
            asOf = refreshes;
        }
        Vocabulary fresh;
        try {
            fresh = read();
        } catch (RuntimeException e) { // the database mid-restart or gone at shutdown: one line, not a stack per try
            LOG.warnf("The assistant's vocabulary was not reread (%s); the one in use stays until the next try", e);
            return;
        }
        synchronized (this) {
            if (refreshes == asOf) {
                install(fresh);
            } // else refreshed while this read: what it read may predate the change, and the next turn reads afresh
        }
    }

    /** Holding the lock: the speller is rebuilt only when the words changed. */
    private void install(Vocabulary fresh) {
        if (!fresh.equals(spelt)) {
            spelling = Spelling.of(fresh, IntentParser.grammar());
            spelt = fresh;
        }
        current = fresh;
    }

    /** The speller over the current vocabulary's words (rebuilt only when they change). */
    public Spelling spelling() {
        current();
        return spelling;
    }

    public void refresh() {
        synchronized (this) {
            refreshes++;
            current = null;
        }
    }

    /** The words a category's vocabulary already reads: its names, attribute words and values, options, brands. */
    private static Set<String> known(Vocabulary.CategoryWords category) {
        Set<String> known = new java.util.HashSet<>();
        category.phrases().forEach(known::addAll);
        category.headNouns().forEach(known::addAll);
        category.definition().attributes().forEach(a -> {
            known.addAll(Words.phrase(a.label()));
            a.allowedValues().forEach(v -> known.addAll(Words.phrase(v)));
        });
        category.options().forEach((name, values) -> {
            known.addAll(Words.phrase(name)); // "color" names an option, not the smart bulbs whose titles say "Color"
            values.forEach(v -> known.addAll(Words.phrase(v)));
        });
        category.brands().forEach(b -> known.addAll(Words.phrase(b)));
        return known;
    }

    private Vocabulary read() {
        List<Synonym> synonyms = catalog.synonyms();
        List<Vocabulary.CategoryWords> read = new ArrayList<>();
        Map<String, List<ProductSummary>> samples = new java.util.HashMap<>();
        for (CategoryDefinition category : catalog.categories()) {
            List<Vocabulary.Reason> reasons = catalog.reasonRules(category.key()).map(ReasonRuleSet::rules).orElse(List.of()).stream()
                    .map(Vocabulary.Reason::of).toList();
            Searched searched = lastSearched.get(category.key());
            try {
                SearchResults found = catalog.search(SearchQuery.text("").withCategory(category.key()).withPage(0, SearchQuery.MAX_PAGE_SIZE));
                Set<String> brands = new LinkedHashSet<>();
                found.facets().stream().filter(f -> f.key().equals("brand")).flatMap(f -> f.buckets().stream())
                        .forEach(b -> brands.add(b.value()));
                searched = new Searched(brands, found.hits());
                lastSearched.put(category.key(), searched);
            } catch (RuntimeException e) {
                // search down: what it last said is kept; never read since the start, brands and title words
                // are not understood until it is back (everything else still is)
            }
            if (searched != null) {
                samples.put(category.key(), searched.hits());
            }
            read.add(new Vocabulary.CategoryWords(category, reasons, catalog.variantOptions(category.key()),
                    searched == null ? Set.of() : searched.brands()));
        }
        // a title word of several categories ("replacement", "pro") says nothing about a product type
        Map<String, Set<String>> titleWordCategories = new java.util.HashMap<>();
        samples.forEach((category, hits) -> hits.forEach(h -> Words.tokens(h.title()).forEach(t ->
                titleWordCategories.computeIfAbsent(Words.singular(t), k -> new java.util.HashSet<>()).add(category))));
        Map<String, List<String>> titlesByCategory = new java.util.HashMap<>();
        samples.forEach((category, hits) -> titlesByCategory.put(category, hits.stream().map(ProductSummary::title).toList()));
        Map<String, Set<String>> heads = TitleWords.heads(titlesByCategory);
        List<Vocabulary.CategoryWords> categories = new ArrayList<>();
        for (Vocabulary.CategoryWords words : read) {
            Set<String> known = known(words);
            // "cordless" already means battery; the words of a description ("spare power pack") are no names, so
            // "spare" of "Cyclone Spare Battery Pack" can still be learned as a word for the battery
            synonyms.stream().map(synonym -> Words.phrase(synonym.term())).filter(term -> term.size() == 1).forEach(known::addAll);
            titleWordCategories.forEach((word, in) -> {
                if (in.size() > 1) {
                    known.add(word);
                }
            });
            List<ProductSummary> titles = samples.getOrDefault(words.key(), List.of());
            Map<String, String> typeWords = words.productTypeAttribute().map(type -> TitleWords.learn(type, titles, known))
                    .orElse(Map.of());
            Set<String> shared = words.productTypeAttribute().map(type -> TitleWords.shared(type, titles)).orElse(Set.of());
            categories.add(new Vocabulary.CategoryWords(words.definition(), words.reasons(), words.options(), words.brands(), typeWords,
                    heads.getOrDefault(words.key(), Set.of()), shared));
        }
        Set<String> productWords = new java.util.HashSet<>();
        samples.values().forEach(hits -> hits.forEach(h -> {
            productWords.addAll(Words.singulars(Words.tokens(h.title())));
            productWords.addAll(Words.singulars(Words.tokens(h.description() == null ? "" : h.description())));
        }));
        return new Vocabulary(categories, synonyms, productWords);
    }
}
