package com.concierge.measurement.internal.messaging;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.measurement.internal.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link AssistantTurnTaken} for measurement. */
@ApplicationScoped
public class AssistantTurnTakenHandler {

    private final EventIntake intake;

    AssistantTurnTakenHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(AssistantTurnTaken.CHANNEL)
    @Blocking
    @Transactional
    public void on(AssistantTurnTaken event) {
        intake.record(event);
    }
}
