package com.concierge.assistant.internal.intent;

import static com.concierge.assistant.internal.intent.IntentParserTest.VOCABULARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.internal.session.SessionIntent;
import com.concierge.assistant.internal.session.SessionState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "wired is fine too", "I don't mind a glass one": a value accepted, not required. It widens the
 * limit already on its field and asks for nothing where there is none.
 */
class AcceptedValuesTest {

    private static final IntentParser PARSER = new IntentParser(VOCABULARY, Meanings.NONE);

    private static SessionState say(SessionState state, String text) {
        return SessionIntent.apply(state, PARSER.read(text, state.category(), List.of()), VOCABULARY);
    }

    private static List<Constraint> chips(SessionState state, String field) {
        return state.constraints().stream().filter(c -> c.field().equals(field)).toList();
    }

    @Test
    void anAcceptedValueJoinsTheValuesWanted() {
        SessionState glass = say(SessionState.EMPTY, "a blender with a glass jar");
        SessionState either = say(glass, "ok Tritan is fine too");
        assertThat(chips(either, "attr.jar_material")).singleElement().satisfies(c -> {
            assertThat(c.operator()).isEqualTo(Constraint.Operator.ANY_OF);
            assertThat(c.values()).containsExactly("glass", "Tritan");
        });
    }

    @Test
    void anAcceptedValueLetsOutARefusedOne() {
        SessionState noGlass = say(SessionState.EMPTY, "a blender, no glass");
        assertThat(chips(noGlass, "attr.jar_material")).singleElement().extracting(Constraint::operator).isEqualTo(Constraint.Operator.NONE_OF);
        assertThat(chips(say(noGlass, "actually I don't mind glass"), "attr.jar_material")).isEmpty();
    }

    @Test
    void anAcceptedYesOrNoTheOtherWayDropsTheLimit() {
        SessionState safe = say(SessionState.EMPTY, "a dishwasher safe blender");
        assertThat(chips(safe, "attr.dishwasher_safe")).hasSize(1);
        assertThat(chips(say(safe, "not dishwasher safe is fine too"), "attr.dishwasher_safe")).isEmpty();
        assertThat(chips(say(safe, "dishwasher safe is fine"), "attr.dishwasher_safe")).as("the same value accepted keeps it").hasSize(1);
    }

    @Test
    void anAcceptedValueWithNothingToWidenAsksForNothing() {
        Reading reading = PARSER.read("a blender, glass is totally fine", null, List.of());
        assertThat(reading.constraints()).extracting(Constraint::field).doesNotContain("attr.jar_material");
        assertThat(reading.accepted()).extracting(Constraint::field).containsExactly("attr.jar_material");
        assertThat(reading.unknown()).isEmpty();
        assertThat(SessionIntent.apply(SessionState.EMPTY, reading, VOCABULARY).constraints()).isEmpty();
    }
}
