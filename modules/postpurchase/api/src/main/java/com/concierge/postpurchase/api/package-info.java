/**
 * The post-purchase module's api: returns ({@link com.concierge.postpurchase.api.Returns}) and
 * their events. Order tracking lives in checkout's orders; setup and troubleshooting help and
 * replenishment come next (docs/postpurchase.md). Tables are prefixed {@code postpurchase_}.
 */
package com.concierge.postpurchase.api;
