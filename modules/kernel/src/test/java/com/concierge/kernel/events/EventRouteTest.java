package com.concierge.kernel.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/**
 * A route completes a send only when every consumer of its channel acknowledged the message, as
 * a broadcast channel hands each consumer the same message.
 */
class EventRouteTest {

    record Happened(UUID eventId, Instant occurredAt) implements IntegrationEvent {
    }

    /** Records what was sent, as the channel would hand it to each consumer. */
    static final class Recording implements Emitter<Happened> {
        final List<Message<? extends Happened>> sent = new ArrayList<>();

        @Override
        public CompletionStage<Void> send(Happened payload) {
            sent.add(Message.of(payload)); // a bare payload carries no acknowledgement the route could count
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public <M extends Message<? extends Happened>> void send(M message) {
            sent.add(message);
        }

        @Override
        public void complete() {
        }

        @Override
        public void error(Exception e) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }
    }

    static final class Route extends EventRoute<Happened> {
        final Recording emitter = new Recording();

        Route(int consumers) {
            super(Happened.class, "test-happened", consumers);
        }

        @Override
        protected Emitter<Happened> emitter() {
            return emitter;
        }
    }

    private final Happened event = new Happened(UUID.randomUUID(), Instant.now());

    @Test
    void aSendCompletesWhenEveryConsumerAcknowledged() {
        Route route = new Route(2);
        CompletableFuture<Void> sent = route.send(event).toCompletableFuture();
        Message<? extends Happened> message = route.emitter.sent.get(0);

        assertThat(message.getPayload()).isEqualTo(event);
        message.ack();
        assertThat(sent).as("one of two consumers acknowledged").isNotDone();
        message.ack();
        assertThat(sent).isCompleted();
    }

    @Test
    void aNegativeAcknowledgementFailsTheSendAtOnce() {
        Route route = new Route(2);
        CompletableFuture<Void> sent = route.send(event).toCompletableFuture();
        Message<? extends Happened> message = route.emitter.sent.get(0);

        message.ack();
        message.nack(new IllegalStateException("the summarizer failed"));

        assertThat(sent).isCompletedExceptionally();
    }

    @Test
    void aSingleConsumerChannelCompletesAtItsAcknowledgement() {
        Route route = new Route(1);
        CompletableFuture<Void> sent = route.send(event).toCompletableFuture();

        route.emitter.sent.get(0).ack();

        assertThat(sent).isCompleted();
    }
}
