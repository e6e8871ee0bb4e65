package com.concierge.postpurchase.internal.messaging;

import com.concierge.kernel.events.EventRoute;
import com.concierge.postpurchase.api.events.ReminderSent;
import io.smallrye.reactive.messaging.annotations.Broadcast;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto {@value ReminderSent#CHANNEL}: the reminder e-mail and measurement's event log consume it. */
@ApplicationScoped
class ReminderSentRoute extends EventRoute<ReminderSent> {

    static final int CONSUMERS = 2;

    @Inject
    @Channel(ReminderSent.CHANNEL)
    @Broadcast(CONSUMERS)
    Emitter<ReminderSent> emitter;

    ReminderSentRoute() {
        super(ReminderSent.class, ReminderSent.CHANNEL, CONSUMERS);
    }

    @Override
    protected Emitter<ReminderSent> emitter() {
        return emitter;
    }
}
