package com.concierge.assistant.internal.intent;

import static com.concierge.assistant.internal.intent.IntentParserTest.VOCABULARY;
import static com.concierge.assistant.internal.intent.IntentParserTest.constraint;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Constraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Words no label names that mean a yes/no attribute ("sterilise" for a dishwasher-safe jar, here by
 * a stand-in for the embedding model) become that attribute as a hard chip, the other way after a
 * negation, never in a question; the words are then understood, not reported as missed.
 */
class FlagsByMeaningTest {

    /** Knows one thing: "sterilise" means the dishwasher-safe flag, when that flag is offered. */
    private static final Meanings MEANINGS = (words, targets) -> words.equals("sterilise")
            ? targets.stream().filter(t -> t.kind() == Meanings.Kind.FLAG && t.key().startsWith("dishwasher_safe=")).findFirst()
            : Optional.empty();

    private static final IntentParser PARSER = new IntentParser(VOCABULARY, MEANINGS);

    @Test
    void aFlagMeantByOtherWordsIsAHardChipAndTheWordsAreUnderstood() {
        Reading r = PARSER.read("a blender I can sterilise", null, List.of());
        Constraint flag = constraint(r, "attr.dishwasher_safe");
        assertThat(flag.values()).containsExactly("yes");
        assertThat(flag.hard()).isTrue();
        assertThat(r.unknown()).doesNotContain("sterilise");
        assertThat(r.understood()).anyMatch(u -> u.contains("(by meaning)"));
    }

    @Test
    void aQuestionIsNoFlagAndANegatedPhraseIsTheFlagTheOtherWay() {
        Reading question = PARSER.read("can I sterilise the jar?", "blenders",
                List.of(new IntentParser.Shown("Calma Whisper 900 Blender", "Calma")));
        assertThat(question.kind()).isEqualTo(Reading.Kind.QUESTION);
        assertThat(question.constraints()).isEmpty();
        // "nothing with tiny pieces the baby could swallow" is no small parts
        assertThat(constraint(PARSER.read("a blender, nothing I would sterilise", null, List.of()), "attr.dishwasher_safe").values())
                .containsExactly("no");
        // words of aversion reach it as they reach a value: "I'm not paying extra for waterproofing"
        assertThat(constraint(PARSER.read("a blender, I'm not paying extra for sterilise", null, List.of()), "attr.dishwasher_safe").values())
                .containsExactly("no");
    }

    @Test
    void aFlagIsAlsoKnownByTheReasonSayingItsNameAndTheMerchandisersWords() {
        List<String> offered = new java.util.ArrayList<>();
        Meanings listening = (words, targets) -> {
            targets.stream().filter(t -> t.kind() == Meanings.Kind.FLAG).forEach(t -> offered.add(t.text() + " → " + t.key()));
            return Optional.empty();
        };
        Vocabulary toys = new Vocabulary(List.of(new Vocabulary.CategoryWords(new com.concierge.catalog.api.CategoryDefinition("kids-toys",
                "Kids' toys", List.of(com.concierge.catalog.api.attributes.AttributeDefinition.flag("small_parts", "Small parts (choking hazard)", true)), 1),
                List.of(new Vocabulary.Reason("toddler_safe", "No small parts", "small_parts", null)), java.util.Map.of(), java.util.Set.of())),
                List.of(new com.concierge.catalog.api.search.Synonym("choking hazard", com.concierge.catalog.api.search.Synonym.Kind.ATTRIBUTE,
                        "small_parts=yes")));
        new IntentParser(toys, listening).read("a board game, nothing with tiny pieces", "kids-toys", List.of());
        assertThat(offered).contains("small parts → small_parts=no", "Small parts (choking hazard) → small_parts=no",
                "No small parts → small_parts=yes");
        offered.clear();
        new IntentParser(toys, listening).read("a board game with tiny pieces", "kids-toys", List.of());
        assertThat(offered).contains("small parts → small_parts=yes", "No small parts → small_parts=no");
    }

    @Test
    void aWordOfTheFlagsOwnLabelIsNotItsMeaning() {
        Vocabulary fryers = new Vocabulary(List.of(new Vocabulary.CategoryWords(new com.concierge.catalog.api.CategoryDefinition("air-fryers",
                "Air fryers", List.of(com.concierge.catalog.api.attributes.AttributeDefinition.flag("dishwasher_safe", "Dishwasher-safe basket", true)), 1),
                List.of(), java.util.Map.of(), java.util.Set.of())), List.of());
        // a model swayed by the shared word, as a real one is: "ceramic basket" is near "Dishwasher-safe basket"
        List<String> offered = new java.util.ArrayList<>();
        Meanings swayed = (words, targets) -> {
            targets.stream().filter(t -> t.kind() == Meanings.Kind.FLAG).forEach(t -> offered.add(words + " ~ " + t.text()));
            return words.contains("basket") || words.contains("sterilise")
                    ? targets.stream().filter(t -> t.kind() == Meanings.Kind.FLAG).findFirst() : Optional.empty();
        };
        Reading r = new IntentParser(fryers, swayed).read("an air fryer with a ceramic basket", null, List.of());
        assertThat(r.unknown()).as("the words were offered to the model").anyMatch(u -> u.contains("basket"));
        assertThat(r.constraints()).extracting(Constraint::field).doesNotContain("attr.dishwasher_safe");
        assertThat(offered).as("only what the label does not say is compared").contains("ceramic ~ dishwasher safe")
                .noneMatch(o -> o.contains("basket ~"));
        Reading other = new IntentParser(fryers, swayed).read("an air fryer I can sterilise", null, List.of());
        assertThat(other.constraints()).extracting(Constraint::field).as("other words may mean it").contains("attr.dishwasher_safe");
    }

    @Test
    void aFlagTheWordsAlreadySetIsNotSetAgainByMeaning() {
        Reading r = PARSER.read("a blender that is not dishwasher safe, I sterilise", null, List.of());
        assertThat(constraint(r, "attr.dishwasher_safe").values()).containsExactly("no");
    }
}
