package com.concierge.reviews.internal.messaging;

import com.concierge.kernel.events.Inbox;
import com.concierge.reviews.api.events.ReviewsChanged;
import com.concierge.reviews.internal.moderation.SummaryService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Recomputes a product's review summaries and queue entries when its reviews change. */
@ApplicationScoped
public class ReviewsChangedHandler {

    static final String CONSUMER = "reviews-summaries";

    private final Inbox inbox;
    private final SummaryService summaries;

    ReviewsChangedHandler(Inbox inbox, SummaryService summaries) {
        this.inbox = inbox;
        this.summaries = summaries;
    }

    @Incoming(ReviewsChanged.CHANNEL)
    @Blocking
    @Transactional
    public void on(ReviewsChanged event) {
        if (inbox.firstDelivery(CONSUMER, event.eventId())) {
            summaries.recompute(event.productId());
        }
    }
}
