package com.concierge.checkout.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concierge.checkout.api.payments.PaymentResult;
import com.concierge.kernel.Money;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TestPaymentProviderTest {

    private final TestPaymentProvider provider = new TestPaymentProvider();
    private final YearMonth now = YearMonth.of(2026, 11);

    private PaymentResult charge(String card) {
        return provider.charge(UUID.randomUUID(), Money.parse("25.00", "USD"), provider.tokenize(card, 12, 2030, "123", now));
    }

    @Test
    void eachDocumentedCardHasItsOutcome() {
        assertThat(charge("4242 4242 4242 4242").status()).isEqualTo(PaymentResult.Status.CAPTURED);
        assertThat(charge("5555555555554444").cardBrand()).isEqualTo("mastercard");
        assertThat(charge("4000000000003220").status()).isEqualTo(PaymentResult.Status.REQUIRES_ACTION);
        assertThat(charge("4000000000000002").declineCode()).isEqualTo("card_declined");
        assertThat(charge("4000000000009995").declineCode()).isEqualTo("insufficient_funds");
        assertThat(charge("4111111111111111").declineCode()).isEqualTo("not_a_test_card");
        assertThat(provider.charge(UUID.randomUUID(), Money.parse("1.00", "USD"), "tok_made_up").declineCode()).isEqualTo("invalid_token");
    }

    @Test
    void theOrderIdIsTheIdempotencyKeyAndRefundsNeverExceedTheCharge() {
        String token = provider.tokenize("4242424242424242", 12, 2030, "123", now);
        UUID order = UUID.randomUUID();
        PaymentResult first = provider.charge(order, Money.parse("25.00", "USD"), token);
        PaymentResult again = provider.charge(order, Money.parse("25.00", "USD"), token);

        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(again.status()).isEqualTo(PaymentResult.Status.CAPTURED);
        assertThat(provider.charge(order, Money.parse("30.00", "USD"), token).declineCode()).isEqualTo("idempotency_key_reused");
        assertThat(provider.refund(first.reference(), Money.parse("20.00", "USD")).status()).isEqualTo(PaymentResult.Status.REFUNDED);
        assertThat(provider.refund(first.reference(), Money.parse("10.00", "USD")).declineCode()).isEqualTo("refund_exceeds_charge");
        assertThat(provider.refund(first.reference(), Money.parse("5.00", "USD")).status()).isEqualTo(PaymentResult.Status.REFUNDED);
    }

    @Test
    void turnedOffItTokenizesNoCardAndChargesNothing() {
        TestPaymentProvider off = new TestPaymentProvider(false);
        String token = provider.tokenize("4242424242424242", 12, 2030, "123", now);

        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> off.tokenize("4242424242424242", 12, 2030, "123", now))
                .isInstanceOfSatisfying(com.concierge.checkout.api.CheckoutException.class,
                        e -> assertThat(e.kind()).isEqualTo(com.concierge.checkout.api.CheckoutException.Kind.PAYMENTS_UNAVAILABLE))
                .hasMessageContaining("cc.payments.test-provider");
        PaymentResult refused = off.charge(UUID.randomUUID(), Money.parse("25.00", "USD"), token);
        assertThat(refused.status()).isEqualTo(PaymentResult.Status.DECLINED);
        assertThat(refused.declineCode()).isEqualTo("payments_unavailable");
    }

    @Test
    void theTokenKeepsOnlyTheBrandAndTheLastFourDigits() {
        String token = provider.tokenize("4242424242424242", 12, 2030, "123", now);
        assertThat(token).doesNotContain("424242424242").endsWith("_visa_4242");
    }

    @Test
    void badCardDetailsAreRefusedWithoutRepeatingTheNumber() {
        assertThatThrownBy(() -> provider.tokenize("4242424242424241", 12, 2030, "123", now))
                .hasMessage("the card number is not valid");
        assertThatThrownBy(() -> provider.tokenize("4242424242424242", 10, 2026, "123", now)).hasMessageContaining("expired");
        assertThatThrownBy(() -> provider.tokenize("4242424242424242", 13, 2030, "123", now)).hasMessageContaining("expiry");
        assertThatThrownBy(() -> provider.tokenize("4242424242424242", 12, 2030, "12a", now)).hasMessageContaining("security code");
    }

    @Test
    void aRefundCannotExceedTheCharge() {
        PaymentResult charged = charge("4242424242424242");
        assertThat(provider.refund(charged.reference(), Money.parse("25.00", "USD")).status()).isEqualTo(PaymentResult.Status.REFUNDED);
        assertThat(provider.refund(charged.reference(), Money.parse("25.01", "USD")).status()).isEqualTo(PaymentResult.Status.DECLINED);
        assertThat(provider.confirm(charged.reference()).status()).isEqualTo(PaymentResult.Status.CAPTURED);
    }

    @Test
    void luhn() {
        assertThat(TestPaymentProvider.luhn("79927398713")).isTrue();
        assertThat(TestPaymentProvider.luhn("79927398710")).isFalse();
    }
}
