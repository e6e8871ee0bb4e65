package com.concierge.measurement.internal.messaging;

import com.concierge.measurement.internal.EventIntake;
import com.concierge.postpurchase.api.events.ReturnRequested;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link ReturnRequested} for measurement. */
@ApplicationScoped
public class ReturnRequestedHandler {

    private final EventIntake intake;

    ReturnRequestedHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(ReturnRequested.CHANNEL)
    @Blocking
    @Transactional
    public void on(ReturnRequested event) {
        intake.record(event);
    }
}
