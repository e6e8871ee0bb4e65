package com.concierge.measurement.internal.messaging;

import com.concierge.checkout.api.events.OrderDelivered;
import com.concierge.measurement.internal.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link OrderDelivered} for measurement. */
@ApplicationScoped
public class OrderDeliveredHandler {

    private final EventIntake intake;

    OrderDeliveredHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(OrderDelivered.CHANNEL)
    @Blocking
    @Transactional
    public void on(OrderDelivered event) {
        intake.record(event);
    }
}
