package com.concierge.checkout.internal.messaging;

import com.concierge.checkout.api.events.OrderRefunded;
import com.concierge.kernel.events.EventRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto the {@value OrderRefunded#CHANNEL} channel (consumer: measurement). */
@ApplicationScoped
class OrderRefundedRoute extends EventRoute<OrderRefunded> {

    @Inject
    @Channel(OrderRefunded.CHANNEL)
    Emitter<OrderRefunded> emitter;

    OrderRefundedRoute() {
        super(OrderRefunded.class, OrderRefunded.CHANNEL);
    }

    @Override
    protected Emitter<OrderRefunded> emitter() {
        return emitter;
    }
}
