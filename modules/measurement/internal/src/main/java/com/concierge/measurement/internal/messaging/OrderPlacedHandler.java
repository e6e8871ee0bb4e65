package com.concierge.measurement.internal.messaging;

import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.measurement.internal.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link OrderPlaced} for measurement. */
@ApplicationScoped
public class OrderPlacedHandler {

    private final EventIntake intake;

    OrderPlacedHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(OrderPlaced.CHANNEL)
    @Blocking
    @Transactional
    public void on(OrderPlaced event) {
        intake.record(event);
    }
}
