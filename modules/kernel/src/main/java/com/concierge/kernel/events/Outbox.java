package com.concierge.kernel.events;

/**
 * Operating the outbox relay: start-up hands it over once the schema is migrated; operators (and
 * tests) can pause and resume delivery and see what is waiting.
 */
public interface Outbox {

    /** Begins delivery; called once the database schema is in place. */
    void start();

    /** Stops delivering; events keep accumulating in the outbox and are delivered after {@link #resume()}. */
    void pause();

    void resume();

    boolean isDelivering();

    /** Delivers everything due now on the calling thread; returns how many events every consumer acknowledged. */
    int deliverPending();

    /**
     * Deletes delivered rows whose payload contains any of {@code needles} (a shopper's subject,
     * their conversation ids): erasure must not leave their events behind in the outbox.
     * Undelivered rows are kept, since consumers still need them. Returns how many were deleted.
     */
    int forgetDelivered(java.util.Collection<String> needles);

    /** Deletes rows delivered before {@code before}; returns how many. */
    int purgeDelivered(java.time.Instant before);

    /** Counts of outbox rows by state. */
    Status status();

    /**
     * @param pending events not yet delivered
     * @param failing pending events whose last delivery attempt failed
     * @param sent    events delivered
     */
    record Status(long pending, long failing, long sent) {
    }
}
