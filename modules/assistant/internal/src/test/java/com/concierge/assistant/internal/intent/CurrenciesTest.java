package com.concierge.assistant.internal.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concierge.assistant.api.Constraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Limits in pounds and euros are applied in the store's currency at the retailer's rates, or kept and not applied. */
class CurrenciesTest {

    private static final Currencies RATES = Currencies.parse("USD", "GBP=1.27, EUR=1.08");

    private static Constraint price(String text, Currencies currencies) {
        Reading r = new IntentParser(IntentParserTest.VOCABULARY, Meanings.NONE, Spelling.NONE, currencies).read(text, null, List.of());
        return IntentParserTest.constraint(r, "price");
    }

    @Test
    void aLimitInPoundsIsAppliedInDollarsAtTheRetailersRateAndSaysBoth() {
        Constraint quid = price("blender, 60 quid max", RATES);
        assertThat(quid.hard()).isTrue();
        assertThat(quid.unit()).isEqualTo("USD");
        assertThat(quid.max()).isEqualByComparingTo("76.20");
        assertThat(quid.text()).contains("$76.20").contains("60");
        Constraint euros = price("a blender between €250 and €400", RATES);
        assertThat(euros.min()).isEqualByComparingTo("270.00");
        assertThat(euros.max()).isEqualByComparingTo("432.00");
        assertThat(price("a blender for fifty quid or less", RATES).max()).isEqualByComparingTo("63.50");
        // a cap is rounded down and a floor up, so nothing over what the shopper said is shown
        assertThat(price("blender under £9.99", RATES).max()).isEqualByComparingTo("12.68");
    }

    @Test
    void aCurrencyAfterARangeIsTheWholeRangesCurrency() {
        // blind corpus sh-0093: "between 200 and 300 AUD" was read as $200–$300
        Constraint euros = price("a blender between 250 and 400 euros", RATES);
        assertThat(euros.min()).isEqualByComparingTo("270.00");
        assertThat(euros.max()).isEqualByComparingTo("432.00");
        Constraint pounds = price("blender 100-150 quid", RATES);
        assertThat(pounds.min()).isEqualByComparingTo("127.00");
        assertThat(pounds.max()).isEqualByComparingTo("190.50");
        Constraint kept = price("blender between 200 and 300 AUD", Currencies.NONE);
        assertThat(kept.unit()).isEqualTo("AUD");
        assertThat(kept.hard()).isFalse();
        assertThat(price("blender between 200 and 300 dollars", RATES).unit()).isEqualTo("USD");
    }

    @Test
    void withoutARateTheLimitIsKeptAsSaidAndNotApplied() {
        Constraint kept = price("blender under £80", Currencies.NONE);
        assertThat(kept.hard()).isFalse();
        assertThat(kept.unit()).isEqualTo("GBP");
        assertThat(kept.max()).isEqualByComparingTo("80");
    }

    @Test
    void rupeeAndYenSignsAreCurrenciesNotDollars() {
        Constraint rupees = price("Suggest an air fryer below ₹8,000 with a dishwasher safe basket", Currencies.NONE);
        assertThat(rupees.unit()).isEqualTo("INR");
        assertThat(rupees.max()).isEqualByComparingTo("8000");
        Constraint yen = price("blender under ¥15000", Currencies.NONE);
        assertThat(yen.unit()).isEqualTo("JPY");
        assertThat(yen.max()).isEqualByComparingTo("15000");
    }

    @Test
    void aMalformedRateStopsTheStoreWithAMessageNamingIt() {
        assertThatThrownBy(() -> Currencies.parse("USD", "GBP=1.27,EURO=1.08")).hasMessageContaining("EURO=1.08");
        assertThatThrownBy(() -> Currencies.parse("USD", "GBP=-1")).hasMessageContaining("GBP=-1");
        assertThat(Currencies.parse("USD", "").rates()).isEmpty();
    }
}
