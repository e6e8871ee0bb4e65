package com.concierge.assistant.internal.intent;

import static com.concierge.assistant.internal.intent.IntentParserTest.VOCABULARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.internal.session.SessionIntent;
import com.concierge.assistant.internal.session.SessionState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How shoppers change what they asked for in a chat, in the words of a blind corpus of such
 * conversations (eval/understanding/corpus-revise.jsonl): a colour or brand taken back from a
 * refusal ("silver is fine actually"), a refusal that goes on ("or Playwise"), a swap ("swap the
 * glass for stainless"), a thing dropped in other words ("scrap the colour bit", "whatever size",
 * "don't need X"), and a comparative with a negation against a card ("no louder than the first").
 */
class RevisionWordsTest {

    /** One card shown after every turn: the Calma blender, $129.99, 70 dB. */
    private static SessionState conversation(String... messages) {
        SessionState state = SessionState.EMPTY;
        for (String message : messages) {
            Reading reading = new IntentParser(VOCABULARY, Meanings.NONE)
                    .read(message, state.category(), List.of(new IntentParser.Shown("Calma Blender", "Calma")));
            state = SessionIntent.apply(state, reading, VOCABULARY).withShown(List.of(new SessionState.ShownItem(UUID.randomUUID(), "B-1",
                    "Calma Blender", "Calma", new BigDecimal("129.99"), "USD", Map.of("noise", 70))));
        }
        return state;
    }

    private static Optional<Constraint> chip(SessionState state, String field) {
        return state.constraints().stream().filter(c -> c.field().equals(field) && c.hard()).findFirst();
    }

    @Test
    void aColourOrBrandSaidToBeFineComesOffTheRefusal() {
        Constraint colour = chip(conversation("blender, not white or red", "red is fine actually, just not white"), "option.color").orElseThrow();
        assertThat(colour.operator()).isEqualTo(Constraint.Operator.NONE_OF);
        assertThat(colour.values()).containsExactly("white");
        assertThat(chip(conversation("blender, not white or red", "ok red's fine"), "option.color").orElseThrow().values())
                .containsExactly("white");
        assertThat(chip(conversation("blender, not black", "fine, black is ok too"), "option.color")).isEmpty();
        assertThat(chip(conversation("blender, not Vortex or Calma", "Calma is ok too"), "brand").orElseThrow().values())
                .containsExactly("Vortex");
        // with nothing refused or chosen, a brand said to be fine asks for nothing
        assertThat(chip(conversation("blender", "Calma is fine"), "brand")).isEmpty();
    }

    @Test
    void aMessageStartingWithOrGoesOnWithTheListInEffect() {
        Constraint refused = chip(conversation("blender, not Calma", "or Vortex"), "brand").orElseThrow();
        assertThat(refused.operator()).isEqualTo(Constraint.Operator.NONE_OF);
        assertThat(refused.values()).containsExactly("Calma", "Vortex");
        Constraint chosen = chip(conversation("blender, black", "or red"), "option.color").orElseThrow();
        assertThat(chosen.operator()).isEqualTo(Constraint.Operator.ANY_OF);
        assertThat(chosen.values()).containsExactly("black", "red");
    }

    @Test
    void aSwapTakesOutOneValueAndPutsInTheOther() {
        Constraint jar = chip(conversation("blender with a glass jar", "hmm swap the glass for stainless"), "attr.jar_material").orElseThrow();
        assertThat(jar.operator()).isEqualTo(Constraint.Operator.ANY_OF);
        assertThat(jar.values()).containsExactly("stainless steel");
        assertThat(chip(conversation("black blender", "swap black for red"), "option.color").orElseThrow().values()).containsExactly("red");
        assertThat(chip(conversation("white blender", "and black instead of white"), "option.color").orElseThrow().values()).containsExactly("black");
        // "switch to" names only what is wanted
        assertThat(chip(conversation("blender with a glass jar", "switch to Tritan"), "attr.jar_material").orElseThrow().values())
                .containsExactly("Tritan");
    }

    @Test
    void aThingDroppedInOtherWords() {
        assertThat(chip(conversation("blender under 150, black", "scrap the colour bit"), "option.color")).isEmpty();
        assertThat(chip(conversation("blender under 150, black", "whatever colour"), "option.color")).isEmpty();
        SessionState ditched = conversation("blender under 150, black", "ditch the price range");
        assertThat(chip(ditched, "price")).isEmpty();
        assertThat(chip(ditched, "option.color")).isPresent();
        SessionState needless = conversation("blender under 150, dishwasher safe", "dont need dishwasher safe actually");
        assertThat(chip(needless, "attr.dishwasher_safe")).as("not needed is not refused").isEmpty();
        assertThat(chip(needless, "price")).isPresent();
        // "whatever" before anything but a field's name drops nothing
        assertThat(chip(conversation("blender", "whatever you have in black"), "option.color").orElseThrow().values()).containsExactly("black");
        // blind corpus pp-0019: "any in teal?" asks for teal; it does not say the colour no longer matters
        assertThat(chip(conversation("blender under 150", "any in black?"), "option.color").orElseThrow().values()).containsExactly("black");
        assertThat(chip(conversation("blender, red", "any in black?"), "option.color").orElseThrow().values()).containsExactly("black");
        assertThat(chip(conversation("blender, red", "any colour"), "option.color")).isEmpty();
        // "size" names the quantity that is one (blind corpus rv-0112)
        assertThat(chip(conversation("blender with a 1.5 litre jar", "whatever size"), "attr.jar_capacity")).isEmpty();
    }

    @Test
    void aNegatedComparativeAgainstACardIsAtMostItsValue() {
        Constraint noise = chip(conversation("blender", "no louder than the first one"), "attr.noise").orElseThrow();
        assertThat(noise.min()).isNull();
        assertThat(noise.max()).isEqualByComparingTo("70");
        Constraint price = chip(conversation("blender", "not more expensive than the first one"), "price").orElseThrow();
        assertThat(price.min()).isNull();
        assertThat(price.max()).isEqualByComparingTo("129.99");
        assertThat(chip(conversation("blender", "cheaper than the first one"), "price").orElseThrow().max()).isEqualByComparingTo("129.98");
        assertThat(chip(conversation("blender", "louder than the first"), "attr.noise").orElseThrow().min()).isEqualByComparingTo("71");
        assertThat(chip(conversation("blender", "more expensive than the first"), "price").orElseThrow().min()).isEqualByComparingTo("130");
    }

    @Test
    void aShortComparativeOfADegreeWordBeforeTheAttributesNoun() {
        // blind corpus rv-0074: "lower drop than the first"
        assertThat(chip(conversation("blender", "lower noise than the first"), "attr.noise").orElseThrow().max()).isEqualByComparingTo("69");
        // blind corpus q-0062: a limit said in numbers beside it is the one meant
        assertThat(chip(conversation("blender", "lower noise please, 65 dB max"), "attr.noise").orElseThrow().max()).isEqualByComparingTo("65");
    }

    @Test
    void limitsSaidAroundTheirAmount() {
        // blind corpus bd-0007, bd-0015, bd-0019, bd-0051, bd-0055
        assertThat(chip(conversation("blender under 200", "and under the 100 mark"), "price").orElseThrow().max()).isEqualByComparingTo("100");
        Constraint moved = chip(conversation("blender at least $100", "too pricey. forget the $100 minimum, just keep it under 170"), "price")
                .orElseThrow();
        assertThat(moved.min()).isNull();
        assertThat(moved.max()).isEqualByComparingTo("170");
        assertThat(chip(conversation("blender", "and a good 1500 W"), "attr.power").orElseThrow().min()).isEqualByComparingTo("1500");
        // am-0043: fillers between "is" and the cap
        assertThat(chip(conversation("blender, 180 bucks is honestly about as high as I'm willing to go"), "price").orElseThrow().max())
                .isEqualByComparingTo("180");
        assertThat(chip(conversation("blender, 90 dollars is really my limit"), "price").orElseThrow().max()).isEqualByComparingTo("90");
        assertThat(chip(conversation("blender", "min. 70 dB noise"), "attr.noise").orElseThrow().min()).isEqualByComparingTo("70");
        Constraint anew = chip(conversation("blender 1-2 litres", "actually anything under 1.5 litres works"), "attr.jar_capacity").orElseThrow();
        assertThat(anew.min()).as("'anything under' states the limit anew").isNull();
        assertThat(anew.max()).isEqualByComparingTo("1.5");
    }

    @Test
    void aBareFloorMovedInAFollowUpIsTheQuantitysFloorWhenNoPriceWasSaid() {
        // blind corpus bd-0120: "large checked suitcase ≥100L", then "actually make that 110 minimum"
        Vocabulary luggage = new Vocabulary(List.of(new Vocabulary.CategoryWords(new com.concierge.catalog.api.CategoryDefinition("luggage",
                "Luggage", List.of(com.concierge.catalog.api.attributes.AttributeDefinition.quantity("capacity", "Capacity",
                com.concierge.catalog.api.attributes.Dimension.VOLUME, com.concierge.catalog.api.attributes.Unit.LITRE, "20000", "150000", true)), 1),
                List.of(), Map.of(), java.util.Set.of())), List.of());
        SessionState state = SessionState.EMPTY;
        for (String message : List.of("a suitcase of at least 100 L", "actually make that 110 minimum")) {
            Reading reading = new IntentParser(luggage, Meanings.NONE).read(message, state.category(), List.of());
            state = SessionIntent.apply(state, reading, luggage).withShown(List.of(new SessionState.ShownItem(UUID.randomUUID(), "L-1",
                    "Trunk", "Jetset", new BigDecimal("249.99"), "USD", Map.of("capacity", 105000))));
        }
        assertThat(chip(state, "attr.capacity").orElseThrow().min()).isEqualByComparingTo("110");
        assertThat(chip(state, "price")).isEmpty();
    }
}
