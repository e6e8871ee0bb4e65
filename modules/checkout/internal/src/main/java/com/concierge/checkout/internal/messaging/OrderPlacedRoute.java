package com.concierge.checkout.internal.messaging;

import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.kernel.events.EventRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto the {@value OrderPlaced#CHANNEL} channel (consumer: measurement). */
@ApplicationScoped
class OrderPlacedRoute extends EventRoute<OrderPlaced> {

    @Inject
    @Channel(OrderPlaced.CHANNEL)
    Emitter<OrderPlaced> emitter;

    OrderPlacedRoute() {
        super(OrderPlaced.class, OrderPlaced.CHANNEL);
    }

    @Override
    protected Emitter<OrderPlaced> emitter() {
        return emitter;
    }
}
