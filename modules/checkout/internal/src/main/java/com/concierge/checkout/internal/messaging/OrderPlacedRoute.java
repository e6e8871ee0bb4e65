package com.concierge.checkout.internal.messaging;

import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.kernel.events.EventRoute;
import io.smallrye.reactive.messaging.annotations.Broadcast;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * The outbox relay's way onto the {@value OrderPlaced#CHANNEL} channel, which has two consumers:
 * measurement, and this module's confirmation e-mail ({@code OrderConfirmationHandler}).
 */
@ApplicationScoped
class OrderPlacedRoute extends EventRoute<OrderPlaced> {

    private static final int CONSUMERS = 2;

    @Inject
    @Channel(OrderPlaced.CHANNEL)
    @Broadcast(CONSUMERS)
    Emitter<OrderPlaced> emitter;

    OrderPlacedRoute() {
        super(OrderPlaced.class, OrderPlaced.CHANNEL, CONSUMERS);
    }

    @Override
    protected Emitter<OrderPlaced> emitter() {
        return emitter;
    }
}
