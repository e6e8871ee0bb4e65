package com.concierge.measurement.internal.messaging;

import com.concierge.checkout.api.events.OrderRefunded;
import com.concierge.measurement.internal.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link OrderRefunded} for measurement. */
@ApplicationScoped
public class OrderRefundedHandler {

    private final EventIntake intake;

    OrderRefundedHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(OrderRefunded.CHANNEL)
    @Blocking
    @Transactional
    public void on(OrderRefunded event) {
        intake.record(event);
    }
}
