package com.concierge.assistant.internal.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Constraint;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Typos are read as the store's words only when one word is clearly meant; the shopper is told. */
class SpellingTest {

    private static final Spelling SPELLING = Spelling.of(IntentParserTest.VOCABULARY, IntentParser.grammar());

    private static Reading read(String text) {
        return new IntentParser(IntentParserTest.VOCABULARY, Meanings.NONE, SPELLING).read(text, null, List.of());
    }

    @Test
    void aMisspeltCategoryAndLimitAreReadAndTheCorrectionIsReported() {
        Reading r = read("blendr undr 100$ pls, dishwsher safe");
        assertThat(r.category()).isEqualTo("blenders");
        assertThat(IntentParserTest.constraint(r, "price").max()).isEqualByComparingTo("100");
        assertThat(r.constraints()).extracting(c -> c.id()).contains("attr.dishwasher_safe");
        assertThat(r.corrections()).containsExactly(new Reading.Correction("blendr", "blender"),
                new Reading.Correction("dishwsher", "dishwasher"));
        assertThat(r.written()).isEqualTo("blendr undr 100$ pls, dishwsher safe");
    }

    /**
     * Blind corpus rv-0042: in "cofee maker with grindr, stainles colour" the model read "grindr stainles colour" as one
     * thing, the built-in grinder, and "stainles" was neither corrected nor reported. Words across a comma are two things:
     * the model is asked about each alone.
     */
    @Test
    void wordsAcrossACommaAreNeverReadAsOneThing() {
        List<String> asked = new java.util.ArrayList<>();
        Meanings model = (words, targets) -> {
            asked.add(words);
            return words.contains("dishwshr") ? targets.stream().filter(t -> t.key().equals("dishwasher_safe")).findFirst()
                    : java.util.Optional.empty();
        };
        Reading r = new IntentParser(IntentParserTest.VOCABULARY, model, SPELLING).read("blender, dishwshr, whte", null, List.of());
        assertThat(asked).isNotEmpty().noneMatch(words -> words.contains("dishwshr") && words.contains("whte"));
        assertThat(IntentParserTest.constraint(r, "option.color").values()).containsExactly("white");
        assertThat(r.constraints()).extracting(Constraint::id).contains("attr.dishwasher_safe");
    }

    @Test
    void aMisspeltBoundWordKeepsItsDirection() {
        Reading r = read("a blender with a jar of at leest 1 litre");
        assertThat(r.corrections()).containsExactly(new Reading.Correction("leest", "least"));
        assertThat(IntentParserTest.constraint(r, "attr.jar_capacity").min()).isEqualByComparingTo("1");
    }

    @Test
    void aMisspeltComparativeKeepsItsDirection() {
        for (String said : List.of("a blender quiter than 75dB", "any blenders quiter then 75db??")) {
            Reading r = read(said);
            assertThat(r.corrections()).as(said).contains(new Reading.Correction("quiter", "quieter"));
            assertThat(IntentParserTest.constraint(r, "attr.noise").max()).as(said).isEqualByComparingTo("75");
            assertThat(IntentParserTest.constraint(r, "attr.noise").min()).as(said).isNull();
        }
    }

    @Test
    void aMisspeltSuperlativeIsCorrectedToTheMeasureAdjectives() {
        Reading r = read("the quitest blender you have");
        assertThat(r.corrections()).contains(new Reading.Correction("quitest", "quietest"));
        assertThat(r.unknown()).isEmpty();
        assertThat(IntentParser.inflected("heavy")).containsExactly("heavier", "heaviest");
        assertThat(IntentParser.inflected("big")).containsExactly("bigger", "biggest");
        assertThat(IntentParser.inflected("large")).containsExactly("larger", "largest");
        assertThat(IntentParser.inflected("quiet")).containsExactly("quieter", "quietest");
    }

    @Test
    void swappedLettersAreOneEdit() {
        assertThat(SPELLING.correct("blednre")).contains("blender");
        assertThat(SPELLING.correct("qiuet")).contains("quiet");
    }

    @Test
    void shortKnownOrAmbiguousWordsAreLeftAlone() {
        assertThat(SPELLING.correct("dad")).isEmpty(); // too short to guess at
        assertThat(SPELLING.correct("blender")).isEmpty(); // already a word of the store
        assertThat(SPELLING.correct("marathons")).isEmpty(); // nothing near
        assertThat(Spelling.of(List.of("vase", "case")).correct("wase")).isEmpty(); // two words as near
    }

    @Test
    void aCorrectionIsKeptOnlyWhenItHelpsTheReading() {
        Reading r = read("a quiet blender for my grandma");
        assertThat(r.corrections()).isEmpty();
        assertThat(r.recipient()).isEqualTo("grandma"); // whom the blender is for, read as written
    }

    @Test
    void aWordMisspeltAsAnotherIsCorrectedByTheWordBesideIt() {
        Vocabulary store = new Vocabulary(List.of(
                new Vocabulary.CategoryWords(new CategoryDefinition("kids-toys", "Kids' toys and games", List.of(
                        AttributeDefinition.choice("kind", "Kind", true, "board game", "puzzle")), 1), List.of(), Map.of(), Set.of()),
                new Vocabulary.CategoryWords(new CategoryDefinition("luggage", "Luggage", List.of(
                        AttributeDefinition.choice("type", "Type", true, "carry-on", "backpack"),
                        AttributeDefinition.flag("tsa_lock", "TSA lock", false)), 1), List.of(), Map.of(), Set.of()),
                new Vocabulary.CategoryWords(new CategoryDefinition("headphones", "Headphones", List.of(
                        AttributeDefinition.quantity("battery_life", "Battery life", Dimension.DURATION, Unit.HOUR, "7200", "360000", false)), 1),
                        List.of(), Map.of(), Set.of())),
                List.of());
        IntentParser parser = new IntentParser(store, Meanings.NONE, Spelling.of(store, IntentParser.grammar()));
        // blind corpus n-0065, x-0122, li-0099: a word of English, or one too short to guess at alone
        Reading game = parser.read("a bored game for the kids for rainy days", null, List.of());
        assertThat(game.corrections()).containsExactly(new Reading.Correction("bored", "board"));
        assertThat(IntentParserTest.constraint(game, "attr.kind").values()).containsExactly("board game");
        Reading lock = parser.read("carry-on with a tsa lok", null, List.of());
        assertThat(lock.constraints()).extracting(Constraint::id).contains("attr.tsa_lock");
        Reading hours = parser.read("headphones with at leat 40 hours of battery", null, List.of());
        assertThat(IntentParserTest.constraint(hours, "attr.battery_life").min()).isEqualByComparingTo("40");
        // a word of English that makes no phrase of the store with its neighbour stays as written
        assertThat(parser.read("I'm bored of puzzles, a board game please", null, List.of()).corrections()).isEmpty();
    }

    @Test
    void realWordsAndPluralsAreNoTypos() {
        Spelling spelling = Spelling.of(List.of("eight", "programs", "blender"));
        assertThat(spelling.correct("night")).isEmpty(); // a word of English, not a misspelt "eight"
        assertThat(spelling.correct("program")).isEmpty(); // the singular of a known word
        // a dropped letter that happens to be an "s" is a typo all the same
        assertThat(Spelling.of(List.of("hardness", "blender")).correct("hardnes")).contains("hardness");
        assertThat(spelling.correct("blendr")).contains("blender");
    }
}
