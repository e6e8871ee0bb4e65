/** Events the post-purchase module publishes through the outbox (docs/events.md). */
package com.concierge.postpurchase.api.events;
