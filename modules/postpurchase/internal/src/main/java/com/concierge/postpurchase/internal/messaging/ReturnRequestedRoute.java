package com.concierge.postpurchase.internal.messaging;

import com.concierge.kernel.events.EventRoute;
import com.concierge.postpurchase.api.events.ReturnRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto the {@value ReturnRequested#CHANNEL} channel (consumer: measurement). */
@ApplicationScoped
class ReturnRequestedRoute extends EventRoute<ReturnRequested> {

    @Inject
    @Channel(ReturnRequested.CHANNEL)
    Emitter<ReturnRequested> emitter;

    ReturnRequestedRoute() {
        super(ReturnRequested.class, ReturnRequested.CHANNEL);
    }

    @Override
    protected Emitter<ReturnRequested> emitter() {
        return emitter;
    }
}
