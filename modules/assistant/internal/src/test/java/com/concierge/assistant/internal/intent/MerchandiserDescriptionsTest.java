package com.concierge.assistant.internal.intent;

import static com.concierge.assistant.internal.intent.IntentParserTest.chip;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.search.Synonym;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A merchandiser's description of a value ("clean it in the dishwasher", "metal jar") read in the
 * shopper's own wording around its core words, and only where it says what it describes.
 */
class MerchandiserDescriptionsTest {

    private static final Vocabulary DESCRIBED = new Vocabulary(IntentParserTest.VOCABULARY.categories(), List.of(
            new Synonym("clean it in the dishwasher", Synonym.Kind.ATTRIBUTE, "dishwasher_safe=yes"),
            new Synonym("sits on top of the jar", Synonym.Kind.ATTRIBUTE, "kind=lid"),
            new Synonym("metal jar", Synonym.Kind.ATTRIBUTE, "jar_material=stainless steel"),
            new Synonym("protein shakes", Synonym.Kind.ATTRIBUTE, "programs=smoothie"),
            new Synonym("noisy early mornings", Synonym.Kind.ATTRIBUTE, "dishwasher_safe=no")));

    private static Reading read(String text, String current) {
        return new IntentParser(DESCRIBED, Meanings.NONE).read(text, current, List.of());
    }


    @Test
    void aDescriptionIsReadAroundItsCoreWordsInTheShoppersWordForms() {
        Reading said = read("a blender I can clean easily in the dishwasher", null);
        assertThat(chip(said, "attr.dishwasher_safe")).hasValueSatisfying(c -> {
            assertThat(c.hard()).isTrue();
            assertThat(c.values()).containsExactly("yes");
        });
        assertThat(said.unknown()).doesNotContain("clean", "easily");
        // other word forms, by stem: "cleaning … dishwasher"
        assertThat(chip(read("blender, cleaning it in a dishwasher is a must", null), "attr.dishwasher_safe")).isPresent();
        // exactly as written still reads
        assertThat(chip(read("blender with a metal jar", null), "attr.jar_material"))
                .hasValueSatisfying(c -> assertThat(c.values()).containsExactly("stainless steel"));
    }

    @Test
    void aDescriptionMayHoldTheShoppersOwnWordForTheCategory() {
        // "hoover" names vacuums as "liquidiser" names blenders here; "cylinder hoover" is still a canister
        Vocabulary regional = new Vocabulary(IntentParserTest.VOCABULARY.categories(), List.of(
                new Synonym("liquidiser", Synonym.Kind.WORDS, "blender"),
                new Synonym("bar liquidiser", Synonym.Kind.ATTRIBUTE, "dishwasher_safe=yes")));
        Reading said = new IntentParser(regional, Meanings.NONE).read("a bar liquidiser under $200", null, List.of());
        assertThat(said.category()).isEqualTo("blenders");
        assertThat(chip(said, "attr.dishwasher_safe")).hasValueSatisfying(c -> assertThat(c.values()).containsExactly("yes"));
        assertThat(chip(said, "price")).isPresent();
        // a name of several words that names the category the same way ("upright hoover" after "hoover")
        Vocabulary longer = new Vocabulary(IntentParserTest.VOCABULARY.categories(), List.of(
                new Synonym("smoothie machine", Synonym.Kind.WORDS, "blender"),
                new Synonym("bar smoothie machine", Synonym.Kind.ATTRIBUTE, "dishwasher_safe=yes")));
        Reading named = new IntentParser(longer, Meanings.NONE).read("a bar smoothie machine please", null, List.of());
        assertThat(named.category()).isEqualTo("blenders");
        assertThat(chip(named, "attr.dishwasher_safe")).hasValueSatisfying(c -> assertThat(c.values()).containsExactly("yes"));
    }

    @Test
    void aDescriptionIsNotReadFromWordsFarApartInAnotherClauseOrWithAnotherPreposition() {
        assertThat(lid(read("the one that sits on top. the jar itself is fine", "blender-parts"))).isFalse();
        assertThat(lid(read("it sits in the cupboard on top of a shelf with the jar", "blender-parts"))).isFalse();
        // a clause about the thing before it is no part of a description: "metal jar" is not in
        // "a blender with a metal base where jars never crack"
        assertThat(chip(read("a blender with a metal base where jars never crack", null), "attr.jar_material")).isEmpty();
        // "sits under the jar" is not what "sits on top of the jar" describes
        assertThat(lid(read("the part that sits under the jar", "blender-parts"))).isFalse();
        assertThat(chip(read("the part that sits on top of my jar", "blender-parts"), "attr.kind"))
                .hasValueSatisfying(c -> assertThat(c.values()).containsExactly("lid"));
    }

    private static boolean lid(Reading reading) {
        return chip(reading, "attr.kind").map(c -> c.values().contains("lid")).orElse(false);
    }

    @Test
    void whatAProductIsForIsAUseThatRanksNotALimit() {
        Reading forShakes = read("blender under $60 for protein shakes", null);
        assertThat(forShakes.constraints()).noneMatch(c -> c.field().equals("attr.programs") && c.hard());
        assertThat(chip(forShakes, "price")).isPresent();
    }

    @Test
    void whatAProductWorksWithIsALimitEvenSaidWithFor() {
        List<Vocabulary.CategoryWords> categories = new java.util.ArrayList<>(IntentParserTest.VOCABULARY.categories());
        categories.add(new Vocabulary.CategoryWords(new com.concierge.catalog.api.CategoryDefinition("smart-home", "Smart home", List.of(
                com.concierge.catalog.api.attributes.AttributeDefinition.choice("kind", "Kind", true, "smart bulb", "smart plug"),
                new com.concierge.catalog.api.attributes.AttributeDefinition("ecosystems", "Works with", com.concierge.catalog.api.attributes.AttributeType.LIST,
                        null, null, null, null, java.util.Set.of("Alexa", "Google Home"), false)), 1), List.of(), java.util.Map.of(), java.util.Set.of()));
        Reading bulbs = new IntentParser(new Vocabulary(categories, List.of()), Meanings.NONE).read("colour smart bulbs for Google Home", null, List.of());
        assertThat(chip(bulbs, "attr.ecosystems")).hasValueSatisfying(c -> {
            assertThat(c.hard()).isTrue();
            assertThat(c.values()).containsExactly("Google Home");
        });
    }

    @Test
    void aWordThatIsOnlyPartOfADescriptionIsNoEvidenceOfIt() {
        // an embedding would put "early mornings" near "noisy early mornings": the other words make the meaning
        Meanings nearest = new Meanings() {
            @Override
            public Optional<Target> nearest(String words, List<Target> targets) {
                return targets.stream().filter(t -> t.text().contains(words)).findFirst();
            }

            @Override
            public Optional<Target> likeliest(String words, List<Target> targets) {
                return Optional.empty();
            }
        };
        Reading reading = new IntentParser(DESCRIBED, nearest).read("a blender for early mornings", "blenders", List.of());
        assertThat(chip(reading, "attr.dishwasher_safe")).isEmpty();
    }

    @Test
    void aTypoNearTheStoresNameAndADescriptionsWordIsTheName() {
        Spelling spelling = Spelling.of(new Vocabulary(IntentParserTest.VOCABULARY.categories(),
                List.of(new Synonym("blend frozen fruit", Synonym.Kind.ATTRIBUTE, "programs=smoothie"))), List.of());
        assertThat(spelling.correct("blendr")).contains("blender");
        assertThat(spelling.knows("blend")).isTrue();
    }
}
