package com.concierge.kernel.events;

import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Connects one event type to the emitter of its channel. The publishing module declares one CDI
 * bean per event in its {@code internal.messaging} package:
 *
 * <pre>{@code
 * @ApplicationScoped
 * class ProductPublishedRoute extends EventRoute<ProductPublished> {
 *     @Inject @Channel(ProductPublished.CHANNEL) Emitter<ProductPublished> emitter;
 *
 *     ProductPublishedRoute() { super(ProductPublished.class, ProductPublished.CHANNEL); }
 *
 *     @Override protected Emitter<ProductPublished> emitter() { return emitter; }
 * }
 * }</pre>
 *
 * The emitter is field-injected because SmallRye Reactive Messaging wires channels from
 * injection points it finds at build time. With strict graph validation on, a channel without a
 * consumer stops the application at start-up.
 */
public abstract class EventRoute<E extends IntegrationEvent> {

    private final Class<E> type;
    private final String channel;

    protected EventRoute(Class<E> type, String channel) {
        this.type = Objects.requireNonNull(type);
        this.channel = Objects.requireNonNull(channel);
    }

    public Class<E> type() {
        return type;
    }

    public String channel() {
        return channel;
    }

    /** The emitter of {@link #channel()}. */
    protected abstract Emitter<E> emitter();

    /** Sends the event; the stage completes when every consumer acknowledged it, and fails on a nack. */
    public CompletionStage<Void> send(IntegrationEvent event) {
        return emitter().send(type.cast(event));
    }
}
