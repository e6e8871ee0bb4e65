/** The do-not-generate list: regulated topics nothing generated may speak about. */
package com.concierge.reviews.api.guardrails;
