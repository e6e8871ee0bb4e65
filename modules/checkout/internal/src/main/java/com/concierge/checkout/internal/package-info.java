/** Checkout implementation; only {@code checkout.api} is for other modules. */
package com.concierge.checkout.internal;
