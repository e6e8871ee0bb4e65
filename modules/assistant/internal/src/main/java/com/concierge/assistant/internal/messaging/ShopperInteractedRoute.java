package com.concierge.assistant.internal.messaging;

import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.kernel.events.EventRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto the {@value ShopperInteracted#CHANNEL} channel (consumer: measurement). */
@ApplicationScoped
class ShopperInteractedRoute extends EventRoute<ShopperInteracted> {

    @Inject
    @Channel(ShopperInteracted.CHANNEL)
    Emitter<ShopperInteracted> emitter;

    ShopperInteractedRoute() {
        super(ShopperInteracted.class, ShopperInteracted.CHANNEL);
    }

    @Override
    protected Emitter<ShopperInteracted> emitter() {
        return emitter;
    }
}
