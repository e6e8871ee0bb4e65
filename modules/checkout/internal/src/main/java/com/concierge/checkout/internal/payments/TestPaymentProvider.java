package com.concierge.checkout.internal.payments;

import com.concierge.checkout.api.CheckoutException;
import com.concierge.checkout.api.payments.PaymentGateway;
import com.concierge.checkout.api.payments.PaymentResult;
import com.concierge.checkout.api.payments.TestCards;
import com.concierge.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The built-in test provider: the whole payment flow runs locally, with test card numbers whose
 * outcome is known (docs/checkout.md lists them). It stands in for the provider's own card form:
 * {@link #tokenize} turns card details into a token and nothing is kept of them but the brand
 * and the last four digits inside the token. Like a real provider it takes the order id as its
 * idempotency key: a second charge for the same order returns the first one (its ledger,
 * {@link TestChargeLedger}, outlives the store's crashes), so a retried order never pays twice.
 */
@ApplicationScoped
public class TestPaymentProvider implements PaymentGateway, TestCards {

    /**
     * Whether the test provider takes payments ({@code cc.payments.test-provider}): on in development
     * and tests and in the launcher's demo store, off in production unless a deployment turns it on,
     * so no real store takes orders paid with test cards by mistake.
     */
    private final boolean enabled;
    private final TestChargeLedger ledger;

    @Inject
    TestPaymentProvider(@ConfigProperty(name = "cc.payments.test-provider", defaultValue = "false") boolean enabled, TestChargeLedger ledger) {
        this.enabled = enabled;
        this.ledger = ledger;
    }

    /** On or off, with its ledger in memory (unit tests). */
    TestPaymentProvider(boolean enabled) {
        this(enabled, TestChargeLedger.inMemory());
    }

    /** On (unit tests). */
    TestPaymentProvider() {
        this(true);
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    /** Outcome of each documented test card. */
    static final Map<String, String> CARDS = Map.of(
            "4242424242424242", "ok",
            "5555555555554444", "ok",
            "4000000000000002", "declined",
            "4000000000009995", "insufficient",
            "4000000000003220", "action");

    private static final String TOKEN_PREFIX = "tok_test_";
    private static final String REFERENCE_PREFIX = "test_ch_";

    @Override
    public String name() {
        return "test";
    }

    @Override
    public String tokenize(String number, int expMonth, int expYear, String cvc) {
        return tokenize(number, expMonth, expYear, cvc, YearMonth.now(java.time.ZoneOffset.UTC));
    }

    /**
     * A token for a test card.
     *
     * @throws IllegalArgumentException for a number that fails the Luhn check, a past or impossible
     *                                  expiry, or a malformed security code (the message never repeats the number)
     */
    public String tokenize(String number, int expMonth, int expYear, String cvc, YearMonth now) {
        if (!enabled) {
            throw new CheckoutException(CheckoutException.Kind.PAYMENTS_UNAVAILABLE,
                    "the test payment provider is off in this store (setting cc.payments.test-provider)");
        }
        String digits = number == null ? "" : number.replaceAll("[ -]", "");
        if (!digits.matches("\\d{13,19}") || !luhn(digits)) {
            throw new IllegalArgumentException("the card number is not valid");
        }
        if (expMonth < 1 || expMonth > 12 || YearMonth.of(expYear, expMonth).isBefore(now)) {
            throw new IllegalArgumentException("the card has expired or its expiry date is not valid");
        }
        if (cvc == null || !cvc.matches("\\d{3,4}")) {
            throw new IllegalArgumentException("the security code must be 3 or 4 digits");
        }
        String outcome = CARDS.getOrDefault(digits, "unknown");
        return TOKEN_PREFIX + outcome + "_" + brand(digits) + "_" + digits.substring(digits.length() - 4);
    }

    @Override
    public PaymentResult charge(UUID order, Money amount, String token) {
        String[] card = card(token);
        if (!enabled) {
            return new PaymentResult(PaymentResult.Status.DECLINED, null, "payments_unavailable", null, null, null);
        }
        if (card == null) {
            return new PaymentResult(PaymentResult.Status.DECLINED, null, "invalid_token", null, null, null);
        }
        Optional<TestChargeLedger.Charge> earlier = ledger.retried(order);
        if (earlier.isPresent()) {
            TestChargeLedger.Charge first = earlier.get();
            if (first.amountMinor() != amount.minorUnits() || !first.currency().equals(amount.currency().getCurrencyCode())) {
                return new PaymentResult(PaymentResult.Status.DECLINED, null, "idempotency_key_reused", null, card[1], card[2]);
            }
            String[] parts = reference(first.reference());
            return "REQUIRES_ACTION".equals(first.status()) ? action(order, first.reference(), parts[2], parts[3])
                    : new PaymentResult(PaymentResult.Status.CAPTURED, first.reference(), null, null, parts[2], parts[3]);
        }
        String reference = REFERENCE_PREFIX + order + "_" + amount.minorUnits() + "_" + card[1] + "_" + card[2];
        PaymentResult result = switch (card[0]) {
            case "ok" -> new PaymentResult(PaymentResult.Status.CAPTURED, reference, null, null, card[1], card[2]);
            case "action" -> action(order, reference, card[1], card[2]);
            case "insufficient" -> new PaymentResult(PaymentResult.Status.DECLINED, null, "insufficient_funds", null, card[1], card[2]);
            case "declined" -> new PaymentResult(PaymentResult.Status.DECLINED, null, "card_declined", null, card[1], card[2]);
            default -> new PaymentResult(PaymentResult.Status.DECLINED, null, "not_a_test_card", null, card[1], card[2]);
        };
        if (result.status() != PaymentResult.Status.DECLINED) {
            ledger.record(new TestChargeLedger.Charge(order, reference, result.status().name(), amount.minorUnits(),
                    amount.currency().getCurrencyCode(), 0, 1), java.time.Instant.now());
        }
        return result;
    }

    private static PaymentResult action(UUID order, String reference, String brand, String last4) {
        return new PaymentResult(PaymentResult.Status.REQUIRES_ACTION, reference, null, "/api/orders/" + order + "/payment/confirm", brand, last4);
    }

    @Override
    public PaymentResult confirm(String reference) {
        String[] parts = reference(reference);
        ledger.captured(UUID.fromString(parts[0]));
        return new PaymentResult(PaymentResult.Status.CAPTURED, reference, null, null, parts[2], parts[3]);
    }

    @Override
    public PaymentResult refund(String reference, Money amount) {
        String[] parts = reference(reference);
        boolean withinCharge = amount.minorUnits() >= 1 && amount.minorUnits() <= Long.parseLong(parts[1])
                && ledger.refund(UUID.fromString(parts[0]), amount.minorUnits()).orElse(true);
        if (!withinCharge) {
            return new PaymentResult(PaymentResult.Status.DECLINED, reference, "refund_exceeds_charge", null, parts[2], parts[3]);
        }
        return new PaymentResult(PaymentResult.Status.REFUNDED, reference, null, null, parts[2], parts[3]);
    }

    /** outcome, brand, last four; null for something that is not one of our tokens. */
    private static String[] card(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return null;
        }
        String[] parts = token.substring(TOKEN_PREFIX.length()).split("_");
        return parts.length == 3 && parts[2].matches("\\d{4}") ? parts : null;
    }

    /** order, amount, brand, last four. */
    private static String[] reference(String reference) {
        String[] parts = reference == null || !reference.startsWith(REFERENCE_PREFIX) ? new String[0]
                : reference.substring(REFERENCE_PREFIX.length()).split("_");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a test provider payment reference");
        }
        return parts;
    }

    private static String brand(String digits) {
        if (digits.startsWith("4")) {
            return "visa";
        }
        if (digits.matches("5[1-5].*") || digits.matches("2[2-7].*")) {
            return "mastercard";
        }
        return digits.startsWith("34") || digits.startsWith("37") ? "amex" : "card";
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
