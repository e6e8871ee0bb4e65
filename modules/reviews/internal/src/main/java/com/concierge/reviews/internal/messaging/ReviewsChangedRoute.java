package com.concierge.reviews.internal.messaging;

import com.concierge.kernel.events.EventRoute;
import com.concierge.reviews.api.events.ReviewsChanged;
import io.smallrye.reactive.messaging.annotations.Broadcast;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * The outbox relay's way onto the {@value ReviewsChanged#CHANNEL} channel, which has two
 * consumers: this module's summaries and measurement.
 */
@ApplicationScoped
class ReviewsChangedRoute extends EventRoute<ReviewsChanged> {

    private static final int CONSUMERS = 2;

    @Inject
    @Channel(ReviewsChanged.CHANNEL)
    @Broadcast(CONSUMERS)
    Emitter<ReviewsChanged> emitter;

    ReviewsChangedRoute() {
        super(ReviewsChanged.class, ReviewsChanged.CHANNEL, CONSUMERS);
    }

    @Override
    protected Emitter<ReviewsChanged> emitter() {
        return emitter;
    }
}
