package com.concierge.assistant.internal.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Answer;
import com.concierge.assistant.internal.intent.Constraints;
import com.concierge.assistant.internal.intent.IntentParserTest;
import com.concierge.assistant.internal.session.SessionState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Which one is the quietest?" is answered from the cards' own values, naming each. */
class AcrossShownTest {

    private static SessionState.ShownItem item(String title, String price, Object noise) {
        return new SessionState.ShownItem(UUID.randomUUID(), "SKU", title, "Calma", new BigDecimal(price), "USD", Map.of("noise", noise));
    }

    @Test
    void theBestCardOnTheFieldIsNamedWithEveryCardsValue() {
        List<SessionState.ShownItem> shown = List.of(item("Loud One", "99.00", 72), item("Quiet One", "129.00", 58.0), item("Middle One", "79.00", 65));
        Answer quietest = Comparer.acrossShown(Constraints.direction("attr.noise", "Noise", true, "quietest"), shown,
                IntentParserTest.VOCABULARY.category("blenders"), "which one is the quietest?").orElseThrow();
        assertThat(quietest.product()).isEqualTo(shown.get(1).product());
        assertThat(quietest.text()).contains("Quiet One (58 dB)").contains("Loud One: 72 dB").contains("Middle One: 65 dB");
        Answer cheapest = Comparer.acrossShown(Constraints.direction("price", "Price", true, "cheapest"), shown,
                IntentParserTest.VOCABULARY.category("blenders"), "which is the cheapest?").orElseThrow();
        assertThat(cheapest.product()).isEqualTo(shown.get(2).product());
    }

    @Test
    void theBestRatedCardIsNamedWithEveryCardsRating() {
        List<SessionState.ShownItem> shown = List.of(
                new SessionState.ShownItem(UUID.randomUUID(), "SKU", "Fair One", "Calma", new BigDecimal("99.00"), "USD", Map.of(), new BigDecimal("3.9")),
                new SessionState.ShownItem(UUID.randomUUID(), "SKU", "Loved One", "Calma", new BigDecimal("89.00"), "USD", Map.of(), new BigDecimal("4.8")));
        var asked = com.concierge.assistant.internal.intent.IntentParserTest.read("which one is the best rated?", "blenders", shown);
        assertThat(asked.across()).singleElement().satisfies(c -> assertThat(c.field()).isEqualTo("rating"));
        Answer best = Comparer.acrossShown(asked.across().get(0), shown, IntentParserTest.VOCABULARY.category("blenders"), "which one is the best rated?")
                .orElseThrow();
        assertThat(best.product()).isEqualTo(shown.get(1).product());
        assertThat(best.text()).contains("best rated is the Loved One (rated 4.8)").contains("Fair One: rated 3.9");
    }
}
