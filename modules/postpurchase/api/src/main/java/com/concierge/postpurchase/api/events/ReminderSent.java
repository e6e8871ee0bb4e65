package com.concierge.postpurchase.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A replenishment reminder came due and was handed to the mail (the e-mail leaves from the outbox,
 * at least once with one Message-ID). Published once per reminder, whichever store instance ran the
 * job. No e-mail address: the handler reads it from the order. Version 1.
 */
public record ReminderSent(UUID eventId, Instant occurredAt, UUID reminderId, UUID orderId, UUID product, String sku) implements IntegrationEvent {

    public static final String CHANNEL = "postpurchase-reminder-sent";
}
