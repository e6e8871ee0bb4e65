package com.concierge.postpurchase.api;

import java.util.List;
import java.util.UUID;

/**
 * Returns (RMA): what may be sent back, asking for it, and the staff steps that end in a refund
 * through checkout's payments. {@code owner} is the signed-in shopper's subject, null for a guest
 * (who reaches a guest order by its unguessable id), or {@link #STAFF}: a shopper only ever reaches
 * their own orders' returns. Every method that cannot do what was asked throws
 * {@link ReturnException}; a staff step asked again after it happened returns the return unchanged.
 */
public interface Returns {

    /** The owner the console acts as: it reaches every return. */
    String STAFF = "*staff*";

    /** What of the order may be returned today, line by line, with the deciding policy. */
    ReturnOptions options(UUID order, String owner, boolean opened);

    /**
     * Asks to return units of a delivered order. The same {@code idempotencyKey} with the same request
     * gives the same return; with another request it is refused
     * ({@link ReturnException.Kind#IDEMPOTENCY_KEY_REUSED}).
     */
    ReturnCase request(String idempotencyKey, String owner, UUID order, ReturnRequest request);

    ReturnCase returnCase(UUID id, String owner);

    /** The order's returns, oldest first. */
    List<ReturnCase> forOrder(UUID order, String owner);

    /** Staff's queue: returns in any of {@code statuses} (every status when empty), oldest first. */
    List<ReturnCase> queue(java.util.Set<ReturnCase.Status> statuses, int limit);

    ReturnCase approve(UUID id, String by);

    ReturnCase refuse(UUID id, String by, String reason);

    ReturnCase issueLabel(UUID id, String by, String carrier, String trackingNumber);

    /** The parcel arrived; resellable units go back on hand. */
    ReturnCase receive(UUID id, String by, boolean resellable);

    /** Refunds the quote (capped at what is left on the order) through checkout's payment provider. */
    ReturnCase refund(UUID id, String by);

    /** The shopper gets the same item again instead of money (sent as a new shipment by staff). */
    ReturnCase exchange(UUID id, String by);

    /**
     * Returns that contradict what the assistant claimed (docs/postpurchase.md#returns-teach-the-catalog),
     * worst first: most returns, then most revenue at risk.
     */
    List<QualityTicket> tickets(int limit);
}
