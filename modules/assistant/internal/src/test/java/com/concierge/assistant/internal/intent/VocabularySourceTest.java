package com.concierge.assistant.internal.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.catalog.api.search.Synonym;
import com.concierge.catalog.api.search.SearchResults.Bucket;
import com.concierge.catalog.api.search.SearchResults.Facet;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary is read again in the background; a reread while search is down must not forget the
 * brands search named before (a store briefly without OpenSearch still reads "a Calma blender").
 */
class VocabularySourceTest {

    private final AtomicBoolean searchDown = new AtomicBoolean();
    private final AtomicReference<List<Synonym>> synonyms = new AtomicReference<>(List.of());
    /** Run once while the next read takes the synonyms: what happens meanwhile on another thread. */
    private final AtomicReference<Runnable> duringRead = new AtomicReference<>();

    /** A catalog with one category whose search names one brand, or fails while {@link #searchDown}. */
    private final Catalog catalog = (Catalog) Proxy.newProxyInstance(Catalog.class.getClassLoader(), new Class<?>[] {Catalog.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "categories" -> List.of(new CategoryDefinition("blenders", "Blenders",
                        List.of(AttributeDefinition.choice("jar_material", "Jar material", true, "glass", "tritan")), 1));
                case "synonyms" -> {
                    List<Synonym> now = synonyms.get();
                    Runnable hook = duringRead.getAndSet(null);
                    if (hook != null) {
                        hook.run();
                    }
                    yield now;
                }
                case "reasonRules" -> Optional.empty();
                case "variantOptions" -> Map.of();
                case "search" -> {
                    if (searchDown.get()) {
                        throw new IllegalStateException("search is unavailable");
                    }
                    yield new SearchResults(1, 0, 1, List.of(), List.of(new Facet("brand", "Brand", Facet.Kind.TERMS, null,
                            List.of(new Bucket("Calma", "Calma", 1, null, null)))), List.of());
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private static java.util.Set<String> brands(VocabularySource source) {
        return source.current().category("blenders").orElseThrow().brands();
    }

    @Test
    void aRereadWhileSearchIsDownKeepsTheBrandsSearchNamedBefore() {
        VocabularySource source = new VocabularySource(catalog);
        assertThat(brands(source)).containsExactly("Calma");

        searchDown.set(true);
        source.reread();
        assertThat(brands(source)).containsExactly("Calma");
        source.refresh();
        assertThat(brands(source)).as("a refresh during the outage too").containsExactly("Calma");
    }

    @Test
    void aRefreshDuringAScheduledRereadIsNotUndoneByWhatThatRereadReadBefore() {
        // CI of 7684746: ConsoleJourneyTest saved a synonym and refreshed while the 30-second reread was reading; the
        // reread then installed the words it had read before the synonym, and the shopper's turn did not know it
        VocabularySource source = new VocabularySource(catalog);
        assertThat(source.current().synonyms()).isEmpty();
        Synonym stormProof = new Synonym("storm proof", Synonym.Kind.ATTRIBUTE, "waterproof=yes");
        duringRead.set(() -> {
            synonyms.set(List.of(stormProof));
            source.refresh();
        });
        source.reread();
        assertThat(source.current().synonyms()).containsExactly(stormProof);
    }

    @Test
    void aStartWhileSearchIsDownReadsTheRestAndLearnsBrandsOnceSearchIsBack() {
        searchDown.set(true);
        VocabularySource source = new VocabularySource(catalog);
        assertThat(brands(source)).isEmpty();
        assertThat(source.current().category("blenders").orElseThrow().attribute("jar_material")).isPresent();

        searchDown.set(false);
        source.reread();
        assertThat(brands(source)).containsExactly("Calma");
    }
}
