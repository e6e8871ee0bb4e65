package com.concierge.checkout.api;

import java.util.UUID;

/**
 * Place an order for a cart.
 *
 * @param cart         the cart
 * @param cartVersion  the cart version the shopper confirmed; a cart that changed since is refused
 *                     (stale cart) instead of charging an amount the shopper did not see
 * @param email        where the confirmation goes
 * @param paymentToken a token from the payment provider (never card data)
 */
public record PlaceOrder(UUID cart, long cartVersion, String email, String paymentToken) {
}
