package com.concierge.checkout.api.payments;

import com.concierge.kernel.Money;
import java.util.UUID;

/** A payment service provider, seen from checkout. Implementations must be thread-safe. */
public interface PaymentGateway {

    /** The provider's name, stored with each payment ("test"). */
    String name();

    /**
     * Authorizes and captures {@code amount} with the shopper's payment token. Retrying with the same
     * {@code order} id must not charge twice (providers take it as their idempotency key).
     */
    PaymentResult charge(UUID order, Money amount, String token);

    /** Completes a payment that required the shopper's action, once they did it. */
    PaymentResult confirm(String reference);

    /** Gives back part or all of a captured payment (or voids an authorization). */
    PaymentResult refund(String reference, Money amount);
}
