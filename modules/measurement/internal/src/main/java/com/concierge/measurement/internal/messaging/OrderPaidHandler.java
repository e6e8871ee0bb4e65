package com.concierge.measurement.internal.messaging;

import com.concierge.checkout.api.events.OrderPaid;
import com.concierge.measurement.internal.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link OrderPaid} for measurement. */
@ApplicationScoped
public class OrderPaidHandler {

    private final EventIntake intake;

    OrderPaidHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(OrderPaid.CHANNEL)
    @Blocking
    @Transactional
    public void on(OrderPaid event) {
        intake.record(event);
    }
}
