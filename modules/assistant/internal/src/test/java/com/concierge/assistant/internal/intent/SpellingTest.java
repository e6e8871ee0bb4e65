package com.concierge.assistant.internal.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void realWordsAndPluralsAreNoTypos() {
        Spelling spelling = Spelling.of(List.of("eight", "programs", "blender"));
        assertThat(spelling.correct("night")).isEmpty(); // a word of English, not a misspelt "eight"
        assertThat(spelling.correct("program")).isEmpty(); // the singular of a known word
        // a dropped letter that happens to be an "s" is a typo all the same
        assertThat(Spelling.of(List.of("hardness", "blender")).correct("hardnes")).contains("hardness");
        assertThat(spelling.correct("blendr")).contains("blender");
    }
}
