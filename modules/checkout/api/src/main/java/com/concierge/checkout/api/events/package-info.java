/** Order events, published through the outbox; measurement consumes them all (docs/events.md). */
package com.concierge.checkout.api.events;
