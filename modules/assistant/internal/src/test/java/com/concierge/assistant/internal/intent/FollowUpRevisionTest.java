package com.concierge.assistant.internal.intent;

import static com.concierge.assistant.internal.intent.IntentParserTest.VOCABULARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.internal.session.SessionIntent;
import com.concierge.assistant.internal.session.SessionState;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A follow-up that moves a limit already in effect without saying it whole, in the ways blind
 * shopper conversations did: a quantity restated plainly keeps its direction, an amount without a
 * currency is in the one the shopper speaks, a message that names only a currency restates the
 * budget in it, "a bit higher, 90" moves the cap, and "the top end" of a range moves one edge.
 */
class FollowUpRevisionTest {

    private static final Currencies RATES = Currencies.parse("USD", "GBP=1.27,EUR=1.08");

    /** The conversation's price and quantity limits after each message, read as the store reads them. */
    private static SessionState conversation(String... messages) {
        SessionState state = SessionState.EMPTY;
        for (String message : messages) {
            IntentParser.Said said = IntentParser.Said.of(state.topic(), state.constraints().stream()
                    .filter(c -> c.field().equals("price")).map(Constraint::source).findFirst().orElse(null));
            Reading reading = new IntentParser(VOCABULARY, Meanings.NONE, Spelling.NONE, RATES, said)
                    .read(message, state.category(), List.of(new IntentParser.Shown("Calma Blender", "Calma")));
            state = SessionIntent.apply(state, reading, VOCABULARY).withShown(List.of(new SessionState.ShownItem(UUID.randomUUID(), "B-1",
                    "Calma Blender", "Calma", new BigDecimal("129.99"), "USD", Map.of("noise", 70))));
        }
        return state;
    }

    private static Constraint chip(SessionState state, String field) {
        return state.constraints().stream().filter(c -> c.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(field + " not in " + state.constraints()));
    }

    @Test
    void aRemovalReachesNoFurtherThanItsSentence() {
        // "forget that" takes back what came before; the next sentence's "no glass" is a new refusal
        SessionState state = conversation("a blender with a glass jar, dishwasher safe", "so forget that. no glass though");
        Constraint glass = chip(state, "attr.jar_material");
        assertThat(glass.operator()).isEqualTo(Constraint.Operator.NONE_OF);
        assertThat(glass.values()).containsExactly("glass");
    }

    @Test
    void aQuantityRestatedPlainlyKeepsTheDirectionOfTheLimitInEffect() {
        for (String moved : List.of("loosen the noise to 85 dB", "ok 85 dB then")) {
            Constraint noise = chip(conversation("blender under 80 dB", moved), "attr.noise");
            assertThat(noise.max()).as(moved).isEqualByComparingTo("85");
            assertThat(noise.min()).as(moved).isNull();
        }
        Constraint power = chip(conversation("blender at least 1000 W", "fine, 800 W"), "attr.power");
        assertThat(power.min()).isEqualByComparingTo("800");
        assertThat(power.max()).isNull();
        Constraint first = chip(conversation("blender, 800 W"), "attr.power");
        assertThat(first.min()).as("said first, with no limit to follow, it is a window").isLessThan(new BigDecimal("800"));
        assertThat(first.max()).isGreaterThan(new BigDecimal("800"));
    }

    @Test
    void aLimitThatCanGoUpToAnAmountIsACap() {
        for (String moved : List.of("noise can go up to 85 dB", "the noise thing can go up to 85 dB")) {
            Constraint noise = chip(conversation("blender under 80 dB", moved), "attr.noise");
            assertThat(noise.max()).as(moved).isEqualByComparingTo("85");
            assertThat(noise.min()).as(moved).isNull();
        }
    }

    @Test
    void aSecondRefusalJoinsTheFirst() {
        Constraint brands = chip(conversation("a blender, not Calma", "and not Vortex either lol"), "brand");
        assertThat(brands.values()).containsExactlyInAnyOrder("Calma", "Vortex");
        Constraint glass = chip(conversation("a blender, no glass jar", "no Tritan either"), "attr.jar_material");
        assertThat(glass.values()).containsExactlyInAnyOrder("glass", "Tritan");
    }

    @Test
    void anAmountWithoutACurrencyIsInTheOneTheShopperSpeaks() {
        Constraint pounds = chip(conversation("blender under £300", "ok those are all over, I can stretch to 450"), "price");
        assertThat(pounds.max()).as("£450 at 1.27").isEqualByComparingTo("571.50");
        assertThat(pounds.text()).contains("£ 450");
        Constraint euros = chip(conversation("blender under 200 euros", "make it 250"), "price");
        assertThat(euros.max()).isEqualByComparingTo("270.00");
        Constraint dollars = chip(conversation("blender under $300", "make it 250"), "price");
        assertThat(dollars.max()).isEqualByComparingTo("250");
    }

    @Test
    void namingOnlyACurrencyRestatesTheBudgetInIt() {
        Constraint pounds = chip(conversation("blender under €200", "sorry, pounds not euros, I'm in the UK"), "price");
        assertThat(pounds.max()).as("£200 at 1.27").isEqualByComparingTo("254.00");
        Constraint dollars = chip(conversation("blender under 200 euros", "sorry, I meant dollars"), "price");
        assertThat(dollars.max()).isEqualByComparingTo("200");
        assertThat(dollars.text()).doesNotContain("€");
        Constraint kept = chip(conversation("blender under 200 euros", "no, not dollars"), "price");
        assertThat(kept.max()).as("a currency refused is not the one meant").isEqualByComparingTo("216.00");
    }

    @Test
    void aWordOfMovingBeforeABareAmountMovesTheCap() {
        assertThat(chip(conversation("blender under $70", "hmm nothing I love. can go a bit higher, 90"), "price").max()).isEqualByComparingTo("90");
        assertThat(chip(conversation("blender under $150", "go lower, like 100"), "price").max()).isEqualByComparingTo("100");
        SessionState power = conversation("blender under 200 euros", "blender with more power, 1200 W");
        assertThat(chip(power, "price").max()).as("a quantity with its unit is no price").isEqualByComparingTo("216.00");
        SessionState kids = conversation("blender under $150", "one with a glass jar, I have 2 kids and a dog");
        assertThat(chip(kids, "price").max()).isEqualByComparingTo("150");
    }

    @Test
    void anEdgeOfARangeMovesAndTheOtherStays() {
        Constraint top = chip(conversation("blender between $130 and $170", "bump the top end to 180"), "price");
        assertThat(top.min()).isEqualByComparingTo("130");
        assertThat(top.max()).isEqualByComparingTo("180");
        Constraint bottom = chip(conversation("blender between $100 and $200", "drop the bottom end to 50"), "price");
        assertThat(bottom.min()).isEqualByComparingTo("50");
        assertThat(bottom.max()).isEqualByComparingTo("200");
        Constraint jar = chip(conversation("blender between 1 and 2 litres", "lower end to 1.5 litres"), "attr.jar_capacity");
        assertThat(jar.min()).isEqualByComparingTo("1.5");
        assertThat(jar.max()).isEqualByComparingTo("2");
    }

    @Test
    void aOneSidedLimitAfterARangeGivenWithBothEndsMovesOnlyItsEdge() {
        // blind corpus li-0053: "noise cancelling headphones, between 100 and 200 dollars", then "can strech to 250"
        Constraint stretched = chip(conversation("blender between $100 and $200", "can stretch to 250"), "price");
        assertThat(stretched.min()).isEqualByComparingTo("100");
        assertThat(stretched.max()).isEqualByComparingTo("250");
        Constraint raised = chip(conversation("blender between 1 and 2 litres", "at least 1.5 litres"), "attr.jar_capacity");
        assertThat(raised.min()).isEqualByComparingTo("1.5");
        assertThat(raised.max()).isEqualByComparingTo("2");
        // past the other edge, only the new limit is left
        Constraint past = chip(conversation("blender between $100 and $200", "under 80 then"), "price");
        assertThat(past.min()).isNull();
        assertThat(past.max()).isEqualByComparingTo("80");
        // a window read around one size is not a range the shopper gave: a limit after it replaces it
        Constraint window = chip(conversation("a 1.5 litre blender", "at least 1.8 litres"), "attr.jar_capacity");
        assertThat(window.min()).isEqualByComparingTo("1.8");
        assertThat(window.max()).isNull();
    }

    @Test
    void theAmountInEffectSaidAgainWithTheCurrencyMeantAndRangesInOtherCurrencies() {
        // blind corpus am-0023: "sorry I meant dollars, 150 USD" after a limit in pounds
        Constraint dollars = chip(conversation("blender under £150", "sorry I meant dollars, 150 USD"), "price");
        assertThat(dollars.unit()).isEqualTo("USD");
        assertThat(dollars.max()).isEqualByComparingTo("150");
        // bd-0126: "£80-£120" was no range at all
        Constraint pounds = chip(conversation("blender £80-£120"), "price");
        assertThat(pounds.min()).isEqualByComparingTo("101.60");
        assertThat(pounds.max()).isEqualByComparingTo("152.40");
        // li-0024: a floor moved onto the range's cap leaves only the floor
        Constraint floor = chip(conversation("blender between 1 and 2 litres", "actually 2 litres minimum"), "attr.jar_capacity");
        assertThat(floor.min()).isEqualByComparingTo("2");
        assertThat(floor.max()).isNull();
    }

    @Test
    void poundsBesideAWordOfMoneyAreMoneyWhereTheyCouldBeAWeight() {
        Vocabulary luggage = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("luggage", "Luggage", List.of(
                AttributeDefinition.quantity("weight", "Weight", Dimension.MASS, Unit.POUND, "1", "20", true)), 1),
                List.of(), Map.of(), Set.of())), List.of());
        Reading reading = new IntentParser(luggage, Meanings.NONE).read("a suitcase for my grandad, about 100 pounds budget", "luggage", List.of());
        Constraint price = IntentParserTest.constraint(reading, "price");
        assertThat(price.unit()).isEqualTo("GBP");
        assertThat(reading.constraints()).extracting(Constraint::field).doesNotContain("attr.weight");
        Reading weight = new IntentParser(luggage, Meanings.NONE).read("a suitcase under 10 pounds", "luggage", List.of());
        assertThat(IntentParserTest.constraint(weight, "attr.weight").max()).isEqualByComparingTo("10");
    }
}
