package com.concierge.measurement.internal.messaging;

import com.concierge.measurement.internal.EventIntake;
import com.concierge.reviews.api.events.ReviewsChanged;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link ReviewsChanged} for measurement. */
@ApplicationScoped
public class ReviewsChangedHandler {

    private final EventIntake intake;

    ReviewsChangedHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(ReviewsChanged.CHANNEL)
    @Blocking
    @Transactional
    public void on(ReviewsChanged event) {
        intake.record(event);
    }
}
