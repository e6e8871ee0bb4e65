package com.concierge.checkout.internal.messaging;

import com.concierge.checkout.api.events.OrderDelivered;
import com.concierge.kernel.events.EventRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto the {@value OrderDelivered#CHANNEL} channel (consumer: measurement). */
@ApplicationScoped
class OrderDeliveredRoute extends EventRoute<OrderDelivered> {

    @Inject
    @Channel(OrderDelivered.CHANNEL)
    Emitter<OrderDelivered> emitter;

    OrderDeliveredRoute() {
        super(OrderDelivered.class, OrderDelivered.CHANNEL);
    }

    @Override
    protected Emitter<OrderDelivered> emitter() {
        return emitter;
    }
}
