package com.concierge.checkout.internal.messaging;

import com.concierge.checkout.api.events.OrderCancelled;
import com.concierge.kernel.events.EventRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto the {@value OrderCancelled#CHANNEL} channel (consumer: measurement). */
@ApplicationScoped
class OrderCancelledRoute extends EventRoute<OrderCancelled> {

    @Inject
    @Channel(OrderCancelled.CHANNEL)
    Emitter<OrderCancelled> emitter;

    OrderCancelledRoute() {
        super(OrderCancelled.class, OrderCancelled.CHANNEL);
    }

    @Override
    protected Emitter<OrderCancelled> emitter() {
        return emitter;
    }
}
