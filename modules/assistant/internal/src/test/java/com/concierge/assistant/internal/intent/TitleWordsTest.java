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
    void whatANumberCountsInATitleIsNoNameOfTheType() {
        AttributeDefinition style = AttributeDefinition.choice("style", "Style", true, "chef", "set");
        List<ProductSummary> knives = List.of(knife("Hamono 7-Piece Knife Block Set", "set"), knife("Keen 7-Piece Knife Block Set", "set"),
                knife("Keen 8\" Chef's Knife", "chef"), knife("Hamono 8\" Chef's Knife", "chef"));
        Map<String, String> learned = TitleWords.learn(style, knives, Set.of("knife", "set", "chef", "hamono", "keen"));
        assertThat(learned).as("a word only sets' titles have").containsEntry("block", "set");
        // "a jigsaw of 1000 pieces" is not a knife set
        assertThat(learned).as("\"7-Piece\" counts the set's pieces").doesNotContainKey("piece");
    }

    private static ProductSummary knife(String title, String style) {
        return new ProductSummary(UUID.randomUUID(), title.toLowerCase().replace(' ', '-'), "SKU", "kitchen-knives", title, "Keen", "",
                Money.of(9900, "USD"), true, null, 0, List.of(), null, Map.of("style", style));
    }

    @Test
    void aThreeLetterTitleWordIsLearnedWhenItNamesAMadeThing() {
        AttributeDefinition part = AttributeDefinition.choice("kind", "Part", true, "jar", "lid");
        List<ProductSummary> parts = List.of(part("Vortex 24 oz To-Go Cup", "jar"), part("Calma 24 oz To-Go Cup", "jar"),
                part("Vortex 64 oz glass Jar", "jar"), part("Calma Pro Vented Lid", "lid"), part("Vortex Pro Vented Lid", "lid"));
        Map<String, String> learned = TitleWords.learn(part, parts, Set.of("jar", "lid", "vortex", "calma", "glass"));
        assertThat(learned).containsEntry("cup", "jar");
        assertThat(learned).as("an abbreviation is no name").doesNotContainKey("pro");
        // the parser then reads "to-go cup" as the jar, and "12 cup" as a quantity still
        Vocabulary store = new Vocabulary(List.of(
                new Vocabulary.CategoryWords(new CategoryDefinition("blender-parts", "Blender jars and parts", List.of(part), 1), List.of(), Map.of(),
                        Set.of("Vortex", "Calma"), learned),
                new Vocabulary.CategoryWords(new CategoryDefinition("coffee-makers", "Coffee makers", List.of(
                        AttributeDefinition.flag("grinder", "Built-in grinder", true)), 1), List.of(), Map.of(), Set.of())), List.of());
        IntentParser parser = new IntentParser(store, Meanings.NONE);
        Reading cup = parser.read("24 oz to-go cup for my Calma", null, List.of());
        assertThat(cup.category()).isEqualTo("blender-parts");
        assertThat(IntentParserTest.constraint(cup, "attr.kind").values()).containsExactly("jar");
        assertThat(parser.read("a 12 cup coffee maker", null, List.of()).category()).isEqualTo("coffee-makers");
        // a unit after a number names nothing, so a thing the store does not sell is still told
        assertThat(parser.read("food processor 12 cup, at least 700 watts", null, List.of()).unsold()).anyMatch(u -> u.contains("processor"));
        // nor does a learned word after a noun of something else: a vacuum's "dust cup"
        assertThat(parser.read("I'm sick of emptying the dust cup after every room", null, List.of()).category()).isNotEqualTo("blender-parts");
    }

    private static ProductSummary part(String title, String kind) {
        return new ProductSummary(UUID.randomUUID(), title.toLowerCase().replace(' ', '-'), "SKU", "blender-parts", title, "Vortex", "",
                Money.of(1900, "USD"), true, null, 0, List.of(), null, Map.of("kind", kind));
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
