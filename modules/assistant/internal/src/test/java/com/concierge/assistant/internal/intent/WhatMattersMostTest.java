package com.concierge.assistant.internal.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.internal.session.SessionIntent;
import com.concierge.assistant.internal.session.SessionState;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Runtime comes first", "battery is more important to me": the measure said to matter most ranks before the others. */
class WhatMattersMostTest {

    static final Vocabulary VOCABULARY = new Vocabulary(List.of(
            new Vocabulary.CategoryWords(new CategoryDefinition("vacuums", "Vacuums", List.of(
                    AttributeDefinition.quantity("runtime", "Runtime per charge", Dimension.DURATION, Unit.MINUTE, "300", "14400", false),
                    AttributeDefinition.quantity("weight", "Weight", Dimension.MASS, Unit.POUND, "500", "15000", true),
                    AttributeDefinition.quantity("noise", "Noise", Dimension.SOUND_LEVEL, Unit.DECIBEL, "50", "95", true)), 1),
                    List.of(new Vocabulary.Reason("quiet", "Quiet", "noise", Vocabulary.Direction.LESS)), Map.of(), Set.of("Cyclone")),
            new Vocabulary.CategoryWords(new CategoryDefinition("headphones", "Headphones", List.of(
                    AttributeDefinition.quantity("battery_life", "Battery life", Dimension.DURATION, Unit.HOUR, "7200", "360000", false),
                    AttributeDefinition.quantity("weight", "Weight", Dimension.MASS, Unit.GRAM, "3", "500", true)), 1),
                    List.of(), Map.of(), Set.of("Quietude"))),
            List.of());

    private static SessionState talk(String... messages) {
        SessionState state = SessionState.EMPTY;
        for (String message : messages) {
            Reading reading = new IntentParser(VOCABULARY, Meanings.NONE).read(message, state.category(), List.of());
            state = SessionIntent.apply(state, reading, VOCABULARY);
        }
        return state;
    }

    /** The fields of the preferences in effect, in the order they rank. */
    private static List<String> ranking(SessionState state) {
        return state.constraints().stream().filter(c -> !c.hard()).map(c -> c.field().equals("reason") ? "reason." + c.values().get(0) : c.field())
                .toList();
    }

    @Test
    void aMeasureSaidToComeFirstRanksFirstAndIsAddedWhereNoPreferenceNamedIt() {
        Reading said = new IntentParser(VOCABULARY, Meanings.NONE).read("light would be nice too, but runtime comes first", "vacuums", List.of());
        assertThat(said.first()).isEqualTo("attr.runtime");
        assertThat(said.constraints()).anyMatch(c -> c.field().equals("attr.runtime") && c.operator() == Constraint.Operator.PREFER_MORE);
        assertThat(said.unknown()).isEmpty();
        assertThat(ranking(talk("a lightweight vacuum", "light would be nice too, but runtime comes first")))
                .containsExactly("attr.runtime", "attr.weight");
    }

    @Test
    void aMeasureSaidToMatterMoreMovesBeforeOnesStatedEarlier() {
        assertThat(ranking(talk("lightweight wireless headphones", "hmm actually battery is more important to me. keep them light too")))
                .containsExactly("attr.battery_life", "attr.weight");
        // a reason code that ranks by the measure counts as its preference: "being quiet matters far more to me"
        assertThat(ranking(talk("a vacuum with a long runtime, lightweight", "being quiet matters far more to me than anything")).get(0))
                .isEqualTo("reason.quiet");
        assertThat(ranking(talk("lightweight vacuum with the longest runtime", "weight matters more to me than runtime")))
                .startsWith("attr.weight");
    }

    @Test
    void firstAloneOnlyAfterAPreferenceAndNeverAsACard() {
        assertThat(new IntentParser(VOCABULARY, Meanings.NONE).read("the lightest first", "vacuums", List.of()).first()).isEqualTo("attr.weight");
        assertThat(new IntentParser(VOCABULARY, Meanings.NONE).read("is the first one light?", "vacuums", List.of()).first()).isNull();
        assertThat(new IntentParser(VOCABULARY, Meanings.NONE).read("runtime first", "vacuums", List.of()).first()).isNull();
    }
}
