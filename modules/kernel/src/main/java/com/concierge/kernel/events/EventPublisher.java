package com.concierge.kernel.events;

/**
 * Publishes integration events through the transactional outbox.
 */
public interface EventPublisher {

    /**
     * Records {@code event} for delivery as part of the current transaction. Nothing is delivered
     * unless that transaction commits.
     *
     * @throws IllegalStateException when called outside a transaction, or when no
     *                               {@link EventRoute} knows the event's type
     */
    void publish(IntegrationEvent event);
}
