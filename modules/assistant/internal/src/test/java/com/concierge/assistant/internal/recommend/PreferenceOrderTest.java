package com.concierge.assistant.internal.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.internal.intent.Vocabulary;
import com.concierge.kernel.Money;
import com.concierge.catalog.api.ProductSummary;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Several measured preferences rank in the order they were stated: the first decides, the next settles what it leaves close. */
class PreferenceOrderTest {

    private static ProductSummary vacuum(String title, int runtime, double weight) {
        return new ProductSummary(UUID.randomUUID(), title, "SKU", "vacuums", title, "Cyclone", "", Money.parse("199.00", "USD"),
                true, null, 0, List.of(), null, Map.of("runtime", new BigDecimal(runtime), "weight", new BigDecimal(weight)));
    }

    private static final Map<String, double[]> RANGES = Map.of("attr.runtime", new double[] {20, 60}, "attr.weight", new double[] {4, 9});

    private static Map<String, Vocabulary.Direction> stated(String first, String second) {
        Map<String, Vocabulary.Direction> measured = new LinkedHashMap<>();
        for (String field : List.of(first, second)) {
            measured.put(field, field.equals("attr.weight") ? Vocabulary.Direction.LESS : Vocabulary.Direction.MORE);
        }
        return measured;
    }

    @Test
    void theFirstPreferenceDecidesAndTheNextSettlesWhatItLeavesClose() {
        ProductSummary longest = vacuum("Longest but heaviest", 60, 9);
        ProductSummary lightAndLong = vacuum("Light, nearly as long", 45, 4);
        ProductSummary lightAndShort = vacuum("Lightest, short", 20, 4);
        Map<String, Vocabulary.Direction> runtimeFirst = stated("attr.runtime", "attr.weight");
        // runtime first: the longest runtime wins over a lighter one that runs 15 minutes less
        assertThat(Recommender.preference(longest, runtimeFirst, RANGES)).isGreaterThan(Recommender.preference(lightAndLong, runtimeFirst, RANGES));
        // between two that run equally long, the lighter one
        assertThat(Recommender.preference(vacuum("Long and light", 60, 4), runtimeFirst, RANGES))
                .isGreaterThan(Recommender.preference(longest, runtimeFirst, RANGES));
        // weight first: the lightest that runs longest
        Map<String, Vocabulary.Direction> weightFirst = stated("attr.weight", "attr.runtime");
        assertThat(Recommender.preference(lightAndLong, weightFirst, RANGES)).isGreaterThan(Recommender.preference(lightAndShort, weightFirst, RANGES));
        assertThat(Recommender.preference(lightAndShort, weightFirst, RANGES)).isGreaterThan(Recommender.preference(longest, weightFirst, RANGES));
    }

    @Test
    void aProductWithoutTheValueStandsLastOnIt() {
        ProductSummary unknown = new ProductSummary(UUID.randomUUID(), "x", "SKU", "vacuums", "No data", "Cyclone", "",
                Money.parse("199.00", "USD"), true, null, 0, List.of(), null, Map.of());
        assertThat(Recommender.preference(unknown, stated("attr.runtime", "attr.weight"), RANGES)).isZero();
    }
}
