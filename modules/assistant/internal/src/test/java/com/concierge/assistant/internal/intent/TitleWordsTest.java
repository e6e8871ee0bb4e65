package com.concierge.assistant.internal.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.kernel.Money;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Product-type words are learned from what the products are called, and then read as limits. */
class TitleWordsTest {

    private static final AttributeDefinition FORM = AttributeDefinition.choice("form", "Form", true, "over-ear", "on-ear", "in-ear");

    private static ProductSummary product(String title, String form) {
        return new ProductSummary(UUID.randomUUID(), title.toLowerCase().replace(' ', '-'), "SKU", "headphones", title, "Sonora", "",
                Money.of(9900, "USD"), true, null, 0, List.of(), null, Map.of("form", form));
    }

    private static final List<ProductSummary> HITS = List.of(product("Sonora 140 Wireless Earbuds", "in-ear"),
            product("Auris 220 Earbuds", "in-ear"), product("Quietude NC350 Wireless Headphones", "over-ear"),
            product("Bassline NC320 Wireless On-Ear Headphones", "on-ear"), product("Auris Galaxy Headphones", "over-ear"));

    @Test
    void aTitleWordOfOneTypeOnlyMeansThatType() {
        Map<String, String> learned = TitleWords.learn(FORM, HITS, Set.of("headphone", "sonora", "auris", "quietude", "bassline"));
        assertThat(learned).containsEntry("earbud", "in-ear");
        assertThat(learned).as("in every type").doesNotContainKey("wireless");
        assertThat(learned).as("one product is chance, not a name").doesNotContainKey("galaxy");
    }

    @Test
    void theParserReadsALearnedWordAsTheTypeAndItsCategory() {
        Vocabulary.CategoryWords headphones = new Vocabulary.CategoryWords(new CategoryDefinition("headphones", "Headphones", List.of(FORM,
                AttributeDefinition.flag("wireless", "Wireless", true)), 1), List.of(), Map.of(), Set.of("Sonora"), Map.of("earbud", "in-ear"));
        Vocabulary vocabulary = new Vocabulary(List.of(headphones), List.of());
        Reading r = new IntentParser(vocabulary, Meanings.NONE).read("wireless earbuds under $100", null, List.of());
        assertThat(r.category()).isEqualTo("headphones");
        assertThat(IntentParserTest.constraint(r, "attr.form").values()).containsExactly("in-ear");
    }

    @Test
    void aTitlesHeadNounNamesItsCategoryWhenNoOtherCategorysTitlesEndWithIt() {
        Map<String, Set<String>> heads = TitleWords.heads(Map.of(
                "luggage", List.of("Jetset 20\" Carry-On Spinner", "Northbound 26\" Hardside Checked Spinner with TSA Lock", "Jetset Duffel"),
                "kitchen-knives", List.of("Keen 7-Piece Knife Set", "Hamono 8\" Chef's Knife", "Keen Paring Knife"),
                "kids-toys", List.of("Tinker Tots Building Set", "Playwise Castle Puzzle", "Meeple House Rainbow Wooden Puzzle")));
        assertThat(heads.get("luggage")).containsExactly("spinner");
        assertThat(heads.get("kitchen-knives")).containsExactly("knife");
        assertThat(heads.get("kids-toys")).as("\"set\" ends knife sets and building sets").containsExactly("puzzle");
        assertThat(TitleWords.head("Nestor Smart Plug (Matter)")).contains("plug");
        assertThat(TitleWords.head("Brewster Grind & Brew Drip Coffee Maker")).contains("maker");
    }

    @Test
    void aTitleWordOfSeveralTypesIsShared() {
        assertThat(TitleWords.shared(FORM, HITS)).contains("wireless", "headphone").doesNotContain("earbud", "galaxy");
    }
}
