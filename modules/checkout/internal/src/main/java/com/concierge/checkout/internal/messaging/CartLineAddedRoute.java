package com.concierge.checkout.internal.messaging;

import com.concierge.checkout.api.events.CartLineAdded;
import com.concierge.kernel.events.EventRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto the {@value CartLineAdded#CHANNEL} channel (consumer: measurement). */
@ApplicationScoped
class CartLineAddedRoute extends EventRoute<CartLineAdded> {

    @Inject
    @Channel(CartLineAdded.CHANNEL)
    Emitter<CartLineAdded> emitter;

    CartLineAddedRoute() {
        super(CartLineAdded.class, CartLineAdded.CHANNEL);
    }

    @Override
    protected Emitter<CartLineAdded> emitter() {
        return emitter;
    }
}
