package com.concierge.postpurchase.internal.messaging;

import com.concierge.kernel.events.EventRoute;
import com.concierge.postpurchase.api.events.RefundIssued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto the {@value RefundIssued#CHANNEL} channel (consumer: measurement). */
@ApplicationScoped
class RefundIssuedRoute extends EventRoute<RefundIssued> {

    @Inject
    @Channel(RefundIssued.CHANNEL)
    Emitter<RefundIssued> emitter;

    RefundIssuedRoute() {
        super(RefundIssued.class, RefundIssued.CHANNEL);
    }

    @Override
    protected Emitter<RefundIssued> emitter() {
        return emitter;
    }
}
