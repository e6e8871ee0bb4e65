package com.concierge.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Receipt;
import com.concierge.assistant.api.Recommendation;
import com.concierge.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reply's opening line says how many products fit in words a shopper reads without stumbling. */
class WordingTest {

    private static Recommendation card(String title) {
        UUID product = UUID.randomUUID();
        Receipt receipt = new Receipt(UUID.randomUUID(), UUID.randomUUID(), 1, product, "sku", List.of(), List.of(), List.of(), List.of(),
                List.of(), false, null, "Meets your requirement.", Instant.now());
        return new Recommendation(product, "sku", "h", title, "Brand", Money.of(1899, "USD"), BigDecimal.valueOf(4.5), 3,
                Recommendation.Role.PICK, false, receipt);
    }

    @Test
    void oneProductOfACategoryNamedAsAListIsNeverCutToAWrongSingular() {
        // the development corpus showed "One vacuum filters and batterie fits"
        String reply = Wording.recommendations("vacuum filters and batteries", List.of(), List.of(card("HomeAir Foam Filter")), List.of(), List.of());
        assertThat(reply).startsWith("One of the vacuum filters and batteries fits.");
        assertThat(Wording.recommendations("kitchen knives", List.of(), List.of(card("Keen Santoku")), List.of(), List.of()))
                .startsWith("One of the kitchen knives fits.");
        assertThat(Wording.recommendations("kitchen knives", List.of(), List.of(card("A"), card("B")), List.of(), List.of()))
                .startsWith("2 kitchen knives fit.");
    }
}
