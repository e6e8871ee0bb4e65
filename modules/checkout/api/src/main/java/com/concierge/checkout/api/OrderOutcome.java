package com.concierge.checkout.api;

/**
 * What an idempotent order placement answered: the order, or the refusal, exactly as the first
 * request with the same key got it.
 *
 * @param order    the order as it was when placed, or null when refused
 * @param refusal  why no order was placed, or null
 * @param replayed true when this is the stored answer to an earlier request with the same key
 */
public record OrderOutcome(Order order, Refusal refusal, boolean replayed) {

    /** A refusal as stored with its key. */
    public record Refusal(CheckoutException.Kind kind, String detail) {
    }
}
