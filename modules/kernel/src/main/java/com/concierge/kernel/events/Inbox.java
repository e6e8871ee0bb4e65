package com.concierge.kernel.events;

import java.util.UUID;

/**
 * Remembers which events each consumer has processed, so that at-least-once delivery has
 * exactly-once effects.
 */
public interface Inbox {

    /**
     * Records that {@code consumer} processes {@code eventId} in the current transaction.
     *
     * @return {@code true} the first time, {@code false} for a duplicate delivery (skip it)
     * @throws IllegalStateException outside a transaction
     */
    boolean firstDelivery(String consumer, UUID eventId);
}
