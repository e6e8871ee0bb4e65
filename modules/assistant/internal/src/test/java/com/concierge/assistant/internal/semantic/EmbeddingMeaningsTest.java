package com.concierge.assistant.internal.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.internal.intent.Meanings;
import com.concierge.assistant.internal.intent.Meanings.Kind;
import com.concierge.assistant.internal.intent.Meanings.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real model at the store's threshold (cc.assistant.meaning-threshold, 0.78) and margin: a
 * shopper's words for a yes/no attribute reach it, words about their life reach nothing.
 */
class EmbeddingMeaningsTest {

    private static final Meanings MEANINGS = new EmbeddingMeanings(Embeddings.shared(), 0.78, 0.015);

    private static final List<Target> COFFEE = List.of(
            new Target(Kind.FLAG, "coffee-makers", "grinder", "Built-in grinder"),
            new Target(Kind.FLAG, "coffee-makers", "programmable", "Programmable start"));
    private static final List<Target> LUGGAGE = List.of(
            new Target(Kind.FLAG, "luggage", "expandable", "Expandable"),
            new Target(Kind.FLAG, "luggage", "tsa_lock", "TSA lock"));

    @Test
    void wordsForAFlagReachIt() {
        assertThat(MEANINGS.nearest("grind", COFFEE)).map(Target::key).hasValue("grinder");
        assertThat(MEANINGS.nearest("airport security", LUGGAGE)).map(Target::key).hasValue("tsa_lock");
    }

    @Test
    void aLabelSaidShortIsThatFlag() {
        // blind corpus tu-0048, fe-0050: "the pet tool" is "Pet-hair tool" without its middle word
        com.concierge.assistant.internal.intent.Vocabulary vacuums = new com.concierge.assistant.internal.intent.Vocabulary(List.of(
                new com.concierge.assistant.internal.intent.Vocabulary.CategoryWords(new com.concierge.catalog.api.CategoryDefinition("vacuums",
                        "Vacuums", List.of(com.concierge.catalog.api.attributes.AttributeDefinition.choice("type", "Type", true, "stick", "upright"),
                        com.concierge.catalog.api.attributes.AttributeDefinition.flag("hepa", "HEPA filtration", true),
                        com.concierge.catalog.api.attributes.AttributeDefinition.flag("pet_hair", "Pet-hair tool", false)), 1),
                        List.of(), java.util.Map.of(), java.util.Set.of())), List.of());
        com.concierge.assistant.internal.intent.IntentParser parser = new com.concierge.assistant.internal.intent.IntentParser(vacuums, MEANINGS);
        for (String said : List.of("stick vacuum with hepa and the pet tool, under 300", "a vacuum that comes with the pet tool")) {
            com.concierge.assistant.internal.intent.Reading reading = parser.read(said, null, List.of());
            assertThat(reading.constraints()).as(said).anyMatch(c -> c.field().equals("attr.pet_hair") && c.values().equals(List.of("yes")));
            assertThat(reading.unknown()).as(said).noneMatch(chunk -> chunk.contains("pet tool"));
        }
        // one word of the label alone names its part, not the flag
        assertThat(parser.read("a stick vacuum with a good tool", null, List.of()).constraints()).noneMatch(c -> c.field().equals("attr.pet_hair"));
    }

    @Test
    void wordsAboutTheShoppersLifeReachNothing() {
        for (String words : List.of("morning coffee", "partner drinks loads", "thin walls", "office")) {
            assertThat(MEANINGS.nearest(words, COFFEE)).as(words).isEmpty();
        }
        for (String words : List.of("weekend trip", "overhead bin", "hardshell")) {
            assertThat(MEANINGS.nearest(words, LUGGAGE)).as(words).isEmpty();
        }
    }

    private static final List<Target> TOYS = List.of(
            new Target(Kind.VALUE, "kids-toys", "kind=puzzle", "puzzle"),
            new Target(Kind.VALUE, "kids-toys", "kind=puzzle", "jigsaw pieces"),
            new Target(Kind.VALUE, "kids-toys", "kind=board game", "board game"),
            new Target(Kind.VALUE, "kids-toys", "kind=building set", "building set"),
            new Target(Kind.VALUE, "kids-toys", "kind=building set", "like lego"));
    private static final List<Target> BAGS = List.of(
            new Target(Kind.VALUE, "luggage", "type=carry-on", "carry-on"),
            new Target(Kind.VALUE, "luggage", "type=duffel", "duffel"),
            new Target(Kind.VALUE, "luggage", "type=duffel", "holdall"));

    @Test
    void aShoppersOwnNameForWhatTheProductIsReachesItsValue() {
        assertThat(MEANINGS.nearest("jigsaw", TOYS)).map(Target::key).hasValue("kind=puzzle");
        assertThat(MEANINGS.nearest("lego", TOYS)).map(Target::key).hasValue("kind=building set");
        // near two wordings of one value: one meaning clearly first, not a tie between its wordings
        assertThat(MEANINGS.nearest("jigsaw puzzle", TOYS)).map(Target::key).hasValue("kind=puzzle");
    }

    @Test
    void whatTheProductIsNeedsANearerMeaningThanAFlag() {
        // "holds" is 0.79 from the merchandiser's "holdall": near enough for a flag, not for a kind of bag
        assertThat(MEANINGS.nearest("holds", BAGS)).isEmpty();
        assertThat(MEANINGS.nearest("kids", TOYS)).isEmpty();
    }
}
