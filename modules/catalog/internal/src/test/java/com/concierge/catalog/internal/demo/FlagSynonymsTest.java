package com.concierge.catalog.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.search.Synonym;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo's descriptive synonyms each name a yes/no attribute some demo category has, once. */
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
}
