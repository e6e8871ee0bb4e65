package com.concierge.postpurchase.internal.messaging;

import com.concierge.kernel.events.EventRoute;
import com.concierge.postpurchase.api.events.ReturnReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto the {@value ReturnReceived#CHANNEL} channel (consumer: measurement). */
@ApplicationScoped
class ReturnReceivedRoute extends EventRoute<ReturnReceived> {

    @Inject
    @Channel(ReturnReceived.CHANNEL)
    Emitter<ReturnReceived> emitter;

    ReturnReceivedRoute() {
        super(ReturnReceived.class, ReturnReceived.CHANNEL);
    }

    @Override
    protected Emitter<ReturnReceived> emitter() {
        return emitter;
    }
}
