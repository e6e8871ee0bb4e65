package com.concierge.reviews.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * What a product's review summary rests on changed: reviews were added, a merchandiser decided a
 * flag, or the do-not-generate list changed. The reviews module recomputes the product's pros,
 * cons and summary when it hears this. Version 1.
 *
 * @param productId the product whose reviews changed
 * @param reason    what changed
 */
public record ReviewsChanged(UUID eventId, Instant occurredAt, UUID productId, Reason reason) implements IntegrationEvent {

    public static final String CHANNEL = "reviews-reviews-changed";

    public enum Reason {
        REVIEWS_ADDED, FLAG_DECIDED, DO_NOT_GENERATE_CHANGED
    }
}
