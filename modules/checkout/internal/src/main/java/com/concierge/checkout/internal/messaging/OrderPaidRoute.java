package com.concierge.checkout.internal.messaging;

import com.concierge.checkout.api.events.OrderPaid;
import com.concierge.kernel.events.EventRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto the {@value OrderPaid#CHANNEL} channel (consumer: measurement). */
@ApplicationScoped
class OrderPaidRoute extends EventRoute<OrderPaid> {

    @Inject
    @Channel(OrderPaid.CHANNEL)
    Emitter<OrderPaid> emitter;

    OrderPaidRoute() {
        super(OrderPaid.class, OrderPaid.CHANNEL);
    }

    @Override
    protected Emitter<OrderPaid> emitter() {
        return emitter;
    }
}
