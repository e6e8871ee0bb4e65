/** Events the reviews module publishes. */
package com.concierge.reviews.api.events;
