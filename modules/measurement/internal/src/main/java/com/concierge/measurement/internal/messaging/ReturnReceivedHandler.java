package com.concierge.measurement.internal.messaging;

import com.concierge.measurement.internal.EventIntake;
import com.concierge.postpurchase.api.events.ReturnReceived;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link ReturnReceived} for measurement. */
@ApplicationScoped
public class ReturnReceivedHandler {

    private final EventIntake intake;

    ReturnReceivedHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(ReturnReceived.CHANNEL)
    @Blocking
    @Transactional
    public void on(ReturnReceived event) {
        intake.record(event);
    }
}
