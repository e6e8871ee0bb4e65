/**
 * The post-purchase module: order tracking, setup and troubleshooting help, returns and
 * replenishment.
 *
 * <p>Not built yet: the module exists so its boundaries are enforced from the first commit.
 * Tables will be prefixed {@code postpurchase_}.
 */
package com.concierge.postpurchase.api;
