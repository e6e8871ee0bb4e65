package com.concierge.measurement.internal.messaging;

import com.concierge.measurement.internal.EventIntake;
import com.concierge.postpurchase.api.events.RefundIssued;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link RefundIssued} for measurement. */
@ApplicationScoped
public class RefundIssuedHandler {

    private final EventIntake intake;

    RefundIssuedHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(RefundIssued.CHANNEL)
    @Blocking
    @Transactional
    public void on(RefundIssued event) {
        intake.record(event);
    }
}
