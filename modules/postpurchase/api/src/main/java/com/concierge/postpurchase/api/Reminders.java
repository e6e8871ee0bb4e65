package com.concierge.postpurchase.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Replenishment reminders (docs/postpurchase.md#replenishment): after delivery a shopper may ask to
 * be reminded to reorder a consumable; a job sends each reminder once, by e-mail, with a link that
 * rebuilds a cart at today's prices.
 *
 * <p>{@code owner} is the caller as checkout sees them: the signed-in shopper's subject, null for a
 * guest (who reaches a guest order by its id), or {@code Checkout.STAFF}.
 */
public interface Reminders {

    /**
     * The order's consumable lines with their intervals and reminders.
     *
     * @throws java.util.NoSuchElementException when the caller may not see the order
     */
    List<ReminderOffer> offers(UUID order, String owner);

    /**
     * Asks for a reminder of one line; asked again, the same reminder (a cancelled one is scheduled again).
     *
     * @throws java.util.NoSuchElementException when the caller may not see the order
     * @throws IllegalArgumentException        naming why not: not delivered, not a line of the order, no interval
     */
    Reminder remind(UUID order, String owner, String sku);

    /**
     * Cancels a reminder not sent yet; a sent one stays as it is.
     *
     * @throws java.util.NoSuchElementException when there is none the caller may see
     */
    Reminder cancel(UUID reminder, String owner);

    /** A reminder by its id, for the reorder link (the id is the link's capability). */
    Optional<Reminder> reminder(UUID reminder);

    /**
     * Sends every reminder due by {@code now}, each once even with several store instances running the
     * job at the same time; how many this call sent.
     */
    int sendDue(Instant now);

    /** Deletes a shopper's reminders (erasure: docs/privacy.md#erasure); how many went. */
    @com.concierge.kernel.ModulesOnly
    int forget(String subject);
}
