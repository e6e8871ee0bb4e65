/**
 * The checkout module's api: the {@link com.concierge.checkout.api.Checkout} facade (carts,
 * discounts, checkout reservations, orders), its records, the payments port and the order events.
 */
package com.concierge.checkout.api;
