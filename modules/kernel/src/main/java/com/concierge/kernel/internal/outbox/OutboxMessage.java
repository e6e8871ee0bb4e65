package com.concierge.kernel.internal.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One event in the outbox. */
@Entity
@Table(name = "kernel_outbox")
public class OutboxMessage {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    /**
     * Delivery order, assigned by the database on insert and never read back. It is not the entity's
     * id: an identity id would make Hibernate insert each message the moment it is persisted,
     * flushing the publisher's pending writes one by one and defeating JDBC batching.
     */
    @Column(insertable = false, updatable = false)
    Long seq;

    @Id
    @Column(name = "event_id", nullable = false, updatable = false)
    UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    String eventType;

    @Column(nullable = false, updatable = false)
    String channel;

    @Column(nullable = false, updatable = false)
    String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "sent_at")
    Instant sentAt;

    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "last_error")
    String lastError;

    protected OutboxMessage() {
    }

    OutboxMessage(UUID eventId, String eventType, String channel, String payload, Instant occurredAt, Instant now) {
        this.eventId = eventId;
        this.eventType = eventType;
        this.channel = channel;
        this.payload = payload;
        this.occurredAt = occurredAt;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void delivered(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** Exponential backoff from one second, capped at five minutes. */
    void failed(String error, Instant now) {
        attempts++;
        long seconds = Math.min(1L << Math.min(attempts - 1, 20), MAX_BACKOFF.toSeconds());
        nextAttemptAt = now.plusSeconds(seconds);
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 2000));
    }
}
