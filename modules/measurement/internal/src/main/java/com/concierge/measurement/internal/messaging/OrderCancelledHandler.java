package com.concierge.measurement.internal.messaging;

import com.concierge.checkout.api.events.OrderCancelled;
import com.concierge.measurement.internal.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link OrderCancelled} for measurement. */
@ApplicationScoped
public class OrderCancelledHandler {

    private final EventIntake intake;

    OrderCancelledHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(OrderCancelled.CHANNEL)
    @Blocking
    @Transactional
    public void on(OrderCancelled event) {
        intake.record(event);
    }
}
