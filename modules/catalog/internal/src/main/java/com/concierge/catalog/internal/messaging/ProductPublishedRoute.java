package com.concierge.catalog.internal.messaging;

import com.concierge.catalog.api.events.ProductPublished;
import com.concierge.kernel.events.EventRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto the {@value ProductPublished#CHANNEL} channel. */
@ApplicationScoped
class ProductPublishedRoute extends EventRoute<ProductPublished> {

    @Inject
    @Channel(ProductPublished.CHANNEL)
    Emitter<ProductPublished> emitter;

    ProductPublishedRoute() {
        super(ProductPublished.class, ProductPublished.CHANNEL);
    }

    @Override
    protected Emitter<ProductPublished> emitter() {
        return emitter;
    }
}
