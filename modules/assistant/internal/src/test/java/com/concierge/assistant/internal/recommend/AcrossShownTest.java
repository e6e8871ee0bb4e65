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
}
