package com.concierge.kernel.events;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

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
 *
 * <p>A channel with several consumers needs {@code @Broadcast(n)} on the emitter and the same
 * {@code n} passed as {@code consumers}. SmallRye hands every consumer the same message and
 * completes an emitter's send at the <em>first</em> acknowledgement
 * (smallrye-reactive-messaging#572), so the route counts the acknowledgements itself: the send
 * completes when all {@code n} consumers acknowledged, and fails at the first negative one. The
 * outbox marks an event sent only then. {@code ArchitectureTest} checks {@code n} against the
 * {@code @Incoming} methods of the channel.
 */
public abstract class EventRoute<E extends IntegrationEvent> {

    private final Class<E> type;
    private final String channel;
    private final int consumers;

    protected EventRoute(Class<E> type, String channel) {
        this(type, channel, 1);
    }

    protected EventRoute(Class<E> type, String channel, int consumers) {
        this.type = Objects.requireNonNull(type);
        this.channel = Objects.requireNonNull(channel);
        if (consumers < 1) {
            throw new IllegalArgumentException("a channel needs at least one consumer");
        }
        this.consumers = consumers;
    }

    public Class<E> type() {
        return type;
    }

    public String channel() {
        return channel;
    }

    /** How many {@code @Incoming} methods consume the channel. */
    public int consumers() {
        return consumers;
    }

    /** The emitter of {@link #channel()}. */
    protected abstract Emitter<E> emitter();

    /** Sends the event; the stage completes when every consumer acknowledged it, and fails on a nack. */
    public CompletionStage<Void> send(IntegrationEvent event) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        AtomicInteger waitingFor = new AtomicInteger(consumers);
        emitter().send(Message.of(type.cast(event), () -> {
            if (waitingFor.decrementAndGet() == 0) {
                acknowledged.complete(null);
            }
            return CompletableFuture.completedFuture(null);
        }, failure -> {
            acknowledged.completeExceptionally(failure);
            return CompletableFuture.completedFuture(null);
        }));
        return acknowledged;
    }
}
