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
 * a stand-in for the embedding model) become that attribute as a hard chip, except in a question or
 * after a negation; the words are then understood, not reported as missed.
 */
class FlagsByMeaningTest {

    /** Knows one thing: "sterilise" means the dishwasher-safe flag, when that flag is offered. */
    private static final Meanings MEANINGS = (words, targets) -> words.equals("sterilise")
            ? targets.stream().filter(t -> t.kind() == Meanings.Kind.FLAG && t.key().equals("dishwasher_safe")).findFirst()
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
    void neitherAQuestionNorANegatedPhraseBecomesAFlag() {
        Reading question = PARSER.read("can I sterilise the jar?", "blenders",
                List.of(new IntentParser.Shown("Calma Whisper 900 Blender", "Calma")));
        assertThat(question.kind()).isEqualTo(Reading.Kind.QUESTION);
        assertThat(question.constraints()).isEmpty();
        assertThat(PARSER.read("a blender, no sterilise", null, List.of()).constraints())
                .extracting(Constraint::field).doesNotContain("attr.dishwasher_safe");
    }

    @Test
    void aWordOfTheFlagsOwnLabelIsNotItsMeaning() {
        Vocabulary fryers = new Vocabulary(List.of(new Vocabulary.CategoryWords(new com.concierge.catalog.api.CategoryDefinition("air-fryers",
                "Air fryers", List.of(com.concierge.catalog.api.attributes.AttributeDefinition.flag("dishwasher_safe", "Dishwasher-safe basket", true)), 1),
                List.of(), java.util.Map.of(), java.util.Set.of())), List.of());
        Meanings anyFlag = (words, targets) -> targets.stream().filter(t -> t.kind() == Meanings.Kind.FLAG).findFirst();
        Reading r = new IntentParser(fryers, anyFlag).read("an air fryer with a ceramic basket", null, List.of());
        assertThat(r.unknown()).as("the words were offered to the model").anyMatch(u -> u.contains("basket"));
        assertThat(r.constraints()).extracting(Constraint::field).doesNotContain("attr.dishwasher_safe");
        Reading other = new IntentParser(fryers, anyFlag).read("an air fryer I can sterilise", null, List.of());
        assertThat(other.constraints()).extracting(Constraint::field).as("other words may mean it").contains("attr.dishwasher_safe");
    }

    @Test
    void aFlagTheWordsAlreadySetIsNotSetAgainByMeaning() {
        Reading r = PARSER.read("a blender that is not dishwasher safe, I sterilise", null, List.of());
        assertThat(constraint(r, "attr.dishwasher_safe").values()).containsExactly("no");
    }
}
