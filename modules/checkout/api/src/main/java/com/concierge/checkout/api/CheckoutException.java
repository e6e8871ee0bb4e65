package com.concierge.checkout.api;

import java.util.Objects;

/**
 * A checkout request that cannot be done as asked, with a kind a client can act on and a detail a
 * person can read. web/ turns it into problem+json with the kind's status.
 */
public class CheckoutException extends RuntimeException {

    /** What went wrong; {@link #status()} is the HTTP status it maps to. */
    public enum Kind {
        UNKNOWN_VARIANT(404),
        CART_NOT_FOUND(404),
        ORDER_NOT_FOUND(404),
        INVALID_QUANTITY(400),
        INVALID_REQUEST(400),
        UNKNOWN_DISCOUNT(404),
        DISCOUNT_NOT_APPLICABLE(409),
        OUT_OF_STOCK(409),
        STALE_CART(409),
        CART_CLOSED(409),
        EMPTY_CART(409),
        NO_DESTINATION(409),
        DOES_NOT_SHIP(409),
        RESERVATION_EXPIRED(409),
        INVALID_TRANSITION(409),
        REQUEST_IN_PROGRESS(409),
        IDEMPOTENCY_KEY_REUSED(422),
        PAYMENT_DECLINED(402),
        PAYMENTS_UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** The problem type's last path segment: "out-of-stock". */
        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Kind kind;

    public CheckoutException(Kind kind, String detail) {
        super(detail);
        this.kind = Objects.requireNonNull(kind);
    }

    public Kind kind() {
        return kind;
    }
}
