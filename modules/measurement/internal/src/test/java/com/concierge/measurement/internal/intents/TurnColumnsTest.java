package com.concierge.measurement.internal.intents;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.measurement.internal.JsonColumns;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The JSON columns the intake writes per message read back as what the message held. */
class TurnColumnsTest {

    private final ObjectMapper jackson = new ObjectMapper();

    @Test
    void wordListsAreWrittenAsJacksonWouldWriteThem() throws Exception {
        List<String> words = Arrays.asList("quiet", "under $150", "say \"hi\"", "back\\slash", "tab\there", "line\nbreak", "\u0001", "café ☕",
                "", null);
        assertThat(JsonColumns.strings(words)).isEqualTo(jackson.writeValueAsString(words));
        assertThat(jackson.readValue(JsonColumns.strings(words), new TypeReference<List<String>>() { })).isEqualTo(words);
        assertThat(JsonColumns.strings(List.of())).isEqualTo("[]");
    }

    @Test
    void shownCardsKeepProductReceiptAndSponsorship() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID receipt = UUID.randomUUID();
        AssistantTurnTaken turn = new AssistantTurnTaken(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 1, "SHOP", List.of(),
                List.of(a, b), List.of(receipt), 0, null, null, "x", null, List.of(true), List.of(), List.of());

        List<Map<String, Object>> shown = jackson.readValue(IntentProjection.shown(turn), new TypeReference<>() { });

        assertThat(shown).containsExactly(
                Map.of("product", a.toString(), "receipt", receipt.toString(), "sponsored", true),
                Map.of("product", b.toString(), "receipt", "", "sponsored", false));
        AssistantTurnTaken nothing = new AssistantTurnTaken(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 2, "SHOP", List.of(),
                List.of(), List.of(), 0, null, null, "x", null, List.of(), List.of(), List.of());
        assertThat(IntentProjection.shown(nothing)).as("what analytics counts as a zero-result turn").isEqualTo("[]");
    }
}
