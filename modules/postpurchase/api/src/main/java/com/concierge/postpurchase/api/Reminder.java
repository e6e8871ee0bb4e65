package com.concierge.postpurchase.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A replenishment reminder the shopper asked for (docs/postpurchase.md#replenishment).
 *
 * @param dueAt  when it is sent: the delivery day plus the product's interval
 * @param status SCHEDULED until the job sends it, SENT after, CANCELLED when the shopper no longer wants it
 */
public record Reminder(UUID id, UUID order, String orderNumber, UUID product, String sku, String title, int quantity, int days,
                       String advice, Instant dueAt, Status status, Instant sentAt) {

    public enum Status { SCHEDULED, SENT, CANCELLED }
}
