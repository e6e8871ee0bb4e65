package com.concierge.postpurchase.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A return contradicted what the assistant claimed for a product, and no ticket was open for that
 * product, claim and reason yet. Version 1.
 *
 * @param subject "attribute noise", "reason code quiet"
 * @param reason  the return's reason code ("too-loud")
 */
public record DataQualityTicketOpened(UUID eventId, Instant occurredAt, UUID ticketId, UUID productId, String subject, String claim,
                                      String reason, UUID returnId, UUID receipt) implements IntegrationEvent {

    public static final String CHANNEL = "postpurchase-data-quality-ticket-opened";
}
