/**
 * The payments port: what checkout needs from a payment service provider. The built-in test
 * provider implements it for local runs; a real PSP plugs in as another implementation
 * (docs/checkout.md). Card data never passes through this port: only the provider's tokens.
 */
package com.concierge.checkout.api.payments;
