package com.concierge.assistant.internal.intent;

import static com.concierge.assistant.internal.intent.IntentParserTest.constraint;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Constraint;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.search.Synonym;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Words no phrase reads that name a value of a choice, most often what the product is ("a jigsaw" for a
 * puzzle, by the merchandiser's "jigsaw pieces"; here by a stand-in for the embedding model), become that
 * value as a hard chip; never in a question, never the other way after a negation, never when the turn
 * already said that attribute, and the category's own words are no evidence.
 */
class ValuesByMeaningTest {

    private static final Vocabulary TOYS = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("kids-toys",
            "Kids' toys and games", List.of(AttributeDefinition.choice("kind", "Kind", true, "board game", "puzzle", "building set"),
                    AttributeDefinition.choice("material", "Main material", true, "wood", "plastic")), 1),
            List.of(), Map.of(), Set.of())),
            List.of(new Synonym("jigsaw pieces", Synonym.Kind.ATTRIBUTE, "kind=puzzle")));

    /** What each reading offered the model as a kind, as "words ~ wording → value". */
    private final List<String> offered = new ArrayList<>();

    /** Knows two things: "jigsaw" is the merchandiser's "jigsaw pieces", "timber" is wood. */
    private final Meanings model = (words, targets) -> {
        targets.stream().filter(t -> t.kind() == Meanings.Kind.VALUE).forEach(t -> offered.add(words + " ~ " + t.text() + " → " + t.key()));
        return words.equals("jigsaw") ? targets.stream().filter(t -> t.text().equals("jigsaw pieces")).findFirst()
                : words.equals("timber") ? targets.stream().filter(t -> t.key().equals("material=wood")).findFirst() : Optional.empty();
    };

    private Reading read(String text) {
        return new IntentParser(TOYS, model).read(text, "kids-toys", List.of());
    }

    @Test
    void aShoppersNameForTheKindIsAHardChipOfItsValue() {
        Reading r = read("a jigsaw for a 5 year old");
        Constraint kind = constraint(r, "attr.kind");
        assertThat(kind.values()).containsExactly("puzzle");
        assertThat(kind.hard()).isTrue();
        assertThat(r.unknown()).doesNotContain("jigsaw");
        assertThat(r.understood()).anyMatch(u -> u.contains("jigsaw") && u.contains("(by meaning)"));
        assertThat(offered).as("the value and the merchandiser's words for it are offered")
                .contains("jigsaw ~ puzzle → kind=puzzle", "jigsaw ~ jigsaw pieces → kind=puzzle");
    }

    @Test
    void anyChoiceIsComparedNotOnlyWhatTheProductIs() {
        assertThat(constraint(read("a timber one for a 5 year old"), "attr.material").values()).containsExactly("wood");
    }

    @Test
    void notInAQuestionNotAfterANegationAndNotWhenTheKindWasSaid() {
        assertThat(read("is there a jigsaw?").constraints()).extracting(Constraint::field).doesNotContain("attr.kind");
        assertThat(read("a wooden toy, no jigsaw").constraints()).extracting(Constraint::field)
                .as("a negated word near a kind says nothing against it").doesNotContain("attr.kind");
        Reading said = read("a board game, jigsaw style");
        assertThat(constraint(said, "attr.kind").values()).containsExactly("board game");
    }

    @Test
    void theCategorysOwnWordsAreNoEvidenceOfWhichKind() {
        // "main" is a word of the label "Main material": compared, the chunk "main jigsaw" is "jigsaw"
        Reading r = read("something wooden, my main jigsaw");
        assertThat(offered).as(r.unknown().toString()).isNotEmpty().allMatch(o -> o.startsWith("jigsaw ~") || o.startsWith("wooden"));
        assertThat(constraint(r, "attr.kind").values()).containsExactly("puzzle");
    }
}
