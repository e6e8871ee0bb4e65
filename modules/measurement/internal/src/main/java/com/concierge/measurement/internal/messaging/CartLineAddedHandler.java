package com.concierge.measurement.internal.messaging;

import com.concierge.checkout.api.events.CartLineAdded;
import com.concierge.measurement.internal.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link CartLineAdded} for measurement. */
@ApplicationScoped
public class CartLineAddedHandler {

    private final EventIntake intake;

    CartLineAddedHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(CartLineAdded.CHANNEL)
    @Blocking
    @Transactional
    public void on(CartLineAdded event) {
        intake.record(event);
    }
}
