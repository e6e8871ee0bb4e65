package com.concierge.catalog.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.search.Synonym;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo's synonym files each name an attribute value some demo category has, once. */
class FlagSynonymsTest {

    @Test
    void everyPhraseNamesAYesNoAttributeOfTheDemoSchemas() {
        List<Synonym> synonyms = DemoLoader.flagSynonyms();
        assertThat(synonyms).hasSizeGreaterThan(100);
        Set<String> flags = DemoCatalog.categories().stream().flatMap(c -> c.attributes().stream())
                .filter(a -> a.type() == AttributeType.BOOLEAN).map(a -> a.key()).collect(Collectors.toSet());
        for (Synonym s : synonyms) {
            String[] pair = s.target().split("=", 2);
            assertThat(flags).as(s.term()).contains(pair[0]);
            assertThat(pair[1]).as(s.term()).isIn("yes", "no");
            assertThat(s.term()).as("no number in a phrase").doesNotContainPattern("\\d");
        }
        assertThat(synonyms.stream().map(Synonym::term).distinct().count()).as("each phrase once").isEqualTo(synonyms.size());
    }

    @Test
    void everyNameForAKindOfProductIsAValueOfThatCategorysProductTypeAttribute() {
        List<Synonym> synonyms = DemoLoader.typeSynonyms();
        assertThat(synonyms).isNotEmpty();
        for (Synonym s : synonyms) {
            String[] pair = s.target().split("=", 2);
            assertThat(DemoCatalog.categories().stream().flatMap(c -> c.attributes().stream())
                    .filter(a -> a.key().equals(pair[0]) && Set.of("kind", "type", "form", "style").contains(a.key()))
                    .anyMatch(a -> a.allowedValues().contains(pair[1]))).as(s.term() + " → " + s.target()).isTrue();
        }
        assertThat(synonyms.stream().map(Synonym::term).distinct().count()).as("each term once").isEqualTo(synonyms.size());
    }

    @Test
    void everyDescriptionOfAValueNamesAnAllowedValueOfAFixedListAttributeOrAFlag() {
        assertThat(DemoLoader.valueSynonyms()).hasSizeGreaterThan(200);
        assertThat(DemoLoader.describedSynonyms()).hasSizeGreaterThan(200);
        descriptionsNameAllowedValues(DemoLoader.valueSynonyms(), List.of(DemoLoader.flagSynonyms(), DemoLoader.typeSynonyms()));
        descriptionsNameAllowedValues(DemoLoader.describedSynonyms(),
                List.of(DemoLoader.flagSynonyms(), DemoLoader.typeSynonyms(), DemoLoader.valueSynonyms()));
    }

    private static void descriptionsNameAllowedValues(List<Synonym> synonyms, List<List<Synonym>> before) {
        for (Synonym s : synonyms) {
            String[] pair = s.target().split("=", 2);
            assertThat(DemoCatalog.categories().stream().flatMap(c -> c.attributes().stream()).filter(a -> a.key().equals(pair[0]))
                    .anyMatch(a -> a.type() == AttributeType.BOOLEAN ? Set.of("yes", "no").contains(pair[1]) : a.allowedValues().contains(pair[1])))
                    .as(s.term() + " → " + s.target()).isTrue();
            assertThat(s.term()).as("no number in a phrase, the parser reads numbers first").doesNotContainPattern("\\d");
            assertThat(s.term().split(" ")).as("a description of several words, not one").hasSizeGreaterThan(1);
        }
        Set<String> elsewhere = before.stream().flatMap(List::stream).map(Synonym::term).collect(Collectors.toSet());
        assertThat(synonyms).as("no description repeats another file's term").noneMatch(s -> elsewhere.contains(s.term()));
        assertThat(synonyms.stream().map(Synonym::term).distinct().count()).as("each description once").isEqualTo(synonyms.size());
    }
}
