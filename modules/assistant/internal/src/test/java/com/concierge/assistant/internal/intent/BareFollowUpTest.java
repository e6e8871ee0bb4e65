package com.concierge.assistant.internal.intent;

import static com.concierge.assistant.internal.intent.IntentParserTest.VOCABULARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.internal.session.SessionIntent;
import com.concierge.assistant.internal.session.SessionState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A bare number after a quantity limit ("a 4 qt air fryer" … "actually 5 or more") revises that
 * limit when it makes no sense as a price for the cards shown; otherwise it is still a price.
 */
class BareFollowUpTest {

    private static final IntentParser PARSER = new IntentParser(VOCABULARY, Meanings.NONE);

    private static SessionState afterFirstTurn(String first) {
        Reading reading = PARSER.read(first, null, List.of());
        SessionState state = SessionIntent.apply(SessionState.EMPTY, reading, VOCABULARY);
        return state.withShown(List.of(new SessionState.ShownItem(UUID.randomUUID(), "AF-1", "Fryday 4-Quart Air Fryer", "Fryday",
                new BigDecimal("69.99"), "USD", Map.of("capacity", 3785))));
    }

    private static SessionState reply(SessionState state, String text) {
        Reading reading = PARSER.read(text, state.category(), List.of(new IntentParser.Shown("Fryday 4-Quart Air Fryer", "Fryday")));
        return SessionIntent.apply(state, reading, VOCABULARY);
    }

    private static Constraint chip(SessionState state, String field) {
        return state.constraints().stream().filter(c -> c.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(field + " not in " + state.constraints()));
    }

    @Test
    void aBareNumberNearTheLastQuantityRevisesIt() {
        SessionState after = reply(afterFirstTurn("a 4 qt air fryer"), "actually 5 or more");
        assertThat(chip(after, "attr.capacity").min()).isEqualByComparingTo("5");
        assertThat(chip(after, "attr.capacity").max()).isNull();
        assertThat(after.constraints()).extracting(Constraint::field).doesNotContain("price");
    }

    @Test
    void aBareNumberFarAboveEveryPriceShownRevisesTheQuantityItIsNear() {
        SessionState after = reply(afterFirstTurn("a blender of at least 1000 watts"), "make that 1200");
        assertThat(chip(after, "attr.power").min()).isEqualByComparingTo("1200");
        assertThat(after.constraints()).extracting(Constraint::field).doesNotContain("price");
    }

    @Test
    void aFloorAndACapOnOneFieldInOneMessageAreOneRange() {
        for (String text : List.of("a blender, 1000 W minimum but shy of 1,400 W", "a blender, at least $50 and no more than $90")) {
            SessionState state = SessionIntent.apply(SessionState.EMPTY, PARSER.read(text, null, List.of()), VOCABULARY);
            Constraint range = state.constraints().get(state.constraints().size() - 1);
            assertThat(range.min()).as(text).isNotNull();
            assertThat(range.max()).as(text).isNotNull();
        }
    }

    @Test
    void theSameBrandOrColourCrossesToANewTopicAsTheSameBudgetDoes() {
        SessionState calma = SessionIntent.apply(SessionState.EMPTY, PARSER.read("a Calma blender in red under $150", null, List.of()), VOCABULARY);
        SessionState fryer = SessionIntent.apply(calma, PARSER.read("and the same brand's air fryer, same colour", "blenders", List.of()), VOCABULARY);
        assertThat(fryer.category()).isEqualTo("air-fryers");
        assertThat(chip(fryer, "brand").values()).containsExactly("Calma");
        assertThat(chip(fryer, "option.color").values()).containsExactly("red");
        assertThat(fryer.constraints()).extracting(Constraint::field).doesNotContain("price");
        SessionState plain = SessionIntent.apply(calma, PARSER.read("now an air fryer", "blenders", List.of()), VOCABULARY);
        assertThat(plain.constraints()).isEmpty();
    }

    @Test
    void aBareNumberThatIsASensiblePriceStaysAPrice() {
        SessionState after = reply(afterFirstTurn("a 4 qt air fryer"), "under 60");
        assertThat(chip(after, "price").max()).isEqualByComparingTo("60");
        assertThat(chip(after, "attr.capacity").max()).as("the size as it was").isEqualByComparingTo("4.4");
    }

    @Test
    void moneyWordsKeepAnyNumberAPrice() {
        SessionState after = reply(afterFirstTurn("a 4 qt air fryer"), "I can spend 5 dollars or more");
        assertThat(chip(after, "price").min()).isEqualByComparingTo("5");
    }

    @Test
    void aFollowUpThatAddsJoinsTheChipAndOneThatDoesNotReplacesIt() {
        SessionState black = afterFirstTurn("a blender in black");
        assertThat(chip(reply(black, "or red, either works"), "option.color").values()).containsExactly("black", "red");
        assertThat(chip(reply(black, "or red, either works"), "option.color").text()).isEqualTo("only black or red");
        assertThat(chip(reply(black, "red please"), "option.color").values()).containsExactly("red");
    }

    @Test
    void aLimitRestatedWithoutABoundWordKeepsItsDirection() {
        SessionState capped = afterFirstTurn("a blender with a jar of at most 2 litres");
        Constraint jar = chip(reply(capped, "make that 1.5 litres"), "attr.jar_capacity");
        assertThat(jar.max()).isEqualByComparingTo("1.5");
        assertThat(jar.min()).isNull();
        // with no limit in effect the words alone decide: a window around what was said
        Constraint fresh = chip(reply(afterFirstTurn("a blender"), "make it 2 litres"), "attr.jar_capacity");
        assertThat(fresh.min()).isNotNull();
        assertThat(fresh.max()).isNotNull();
    }
}
