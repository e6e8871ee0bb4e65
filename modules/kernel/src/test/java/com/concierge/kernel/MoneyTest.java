package com.concierge.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesDecimalAmountsIntoExactMinorUnits() {
        assertThat(Money.parse("149.99", "usd")).isEqualTo(Money.of(14999, "USD"));
        assertThat(Money.parse("0.1", "EUR").plus(Money.parse("0.2", "EUR"))).isEqualTo(Money.parse("0.30", "EUR"));
        assertThat(Money.parse("1500", "JPY").minorUnits()).isEqualTo(1500);
        assertThat(Money.of(14999, "USD").times(3).toString()).isEqualTo("449.97 USD");
    }

    @Test
    void rejectsAmountsItWouldHaveToRound() {
        assertThatThrownBy(() -> Money.parse("1.999", "USD")).hasMessageContaining("more than 2 decimals");
        assertThatThrownBy(() -> Money.parse("10.5", "JPY")).hasMessageContaining("more than 0 decimals");
    }

    @Test
    void namesWhatIsWrongWithBadInput() {
        assertThatThrownBy(() -> Money.parse("ten", "USD")).hasMessage("amount 'ten' is not a decimal number");
        assertThatThrownBy(() -> Money.parse("10", "XYZ1")).hasMessage("currency 'XYZ1' is not an ISO 4217 code");
        assertThatThrownBy(() -> Money.parse(" ", "USD")).hasMessage("amount is missing");
        assertThatThrownBy(() -> Money.parse("99999999999999999999", "USD")).hasMessageContaining("too large");
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of(1, "USD").plus(Money.of(1, "EUR"))).hasMessageContaining("cannot combine");
    }
}
