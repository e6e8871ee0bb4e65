package com.concierge.assistant.internal.messaging;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.kernel.events.EventRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto the {@value AssistantTurnTaken#CHANNEL} channel (consumer: measurement). */
@ApplicationScoped
class AssistantTurnTakenRoute extends EventRoute<AssistantTurnTaken> {

    @Inject
    @Channel(AssistantTurnTaken.CHANNEL)
    Emitter<AssistantTurnTaken> emitter;

    AssistantTurnTakenRoute() {
        super(AssistantTurnTaken.class, AssistantTurnTaken.CHANNEL);
    }

    @Override
    protected Emitter<AssistantTurnTaken> emitter() {
        return emitter;
    }
}
