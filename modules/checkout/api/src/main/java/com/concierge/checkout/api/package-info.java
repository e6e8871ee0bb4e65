/**
 * The checkout module: carts, stock reservations without oversell, idempotent orders and the
 * payments port.
 *
 * <p>Not built yet: the module exists so its boundaries are enforced from the first commit.
 * Tables will be prefixed {@code checkout_}.
 */
package com.concierge.checkout.api;
