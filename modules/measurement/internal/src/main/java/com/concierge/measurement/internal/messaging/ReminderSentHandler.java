package com.concierge.measurement.internal.messaging;

import com.concierge.measurement.internal.EventIntake;
import com.concierge.postpurchase.api.events.ReminderSent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link ReminderSent} for measurement (how many reminders went out; reorders are the orders that follow). */
@ApplicationScoped
public class ReminderSentHandler {

    private final EventIntake intake;

    ReminderSentHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(ReminderSent.CHANNEL)
    @Blocking
    @Transactional
    public void on(ReminderSent event) {
        intake.record(event);
    }
}
