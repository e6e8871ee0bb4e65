package com.concierge.checkout.api.payments;

/**
 * The built-in test provider's card form: card details in, a token out (docs/checkout.md lists the
 * test cards). With a real provider the shopper's browser sends card details to the provider's
 * hosted page instead, and this server never sees them.
 */
public interface TestCards {

    /** Whether the test provider takes payments in this store ({@code cc.payments.test-provider}; off in production by default). */
    boolean enabled();

    /**
     * @throws IllegalArgumentException when the details are not a valid card (the message never repeats the number)
     * @throws com.concierge.checkout.api.CheckoutException {@code PAYMENTS_UNAVAILABLE} when the test provider is off
     */
    String tokenize(String number, int expMonth, int expYear, String cvc);
}
