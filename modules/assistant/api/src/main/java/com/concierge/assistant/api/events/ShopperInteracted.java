package com.concierge.assistant.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The shopper did something with the assistant's answer (for measurement). Version 1.
 *
 * @param kind     what they did
 * @param products the card clicked, the products compared; empty for a handoff
 */
public record ShopperInteracted(UUID eventId, Instant occurredAt, UUID conversationId, Kind kind, List<UUID> products)
        implements IntegrationEvent {

    public static final String CHANNEL = "assistant-shopper-interacted";

    public ShopperInteracted {
        products = products == null ? List.of() : List.copyOf(products);
    }

    /** What the shopper did. */
    public enum Kind {
        /** Opened a product card from an answer. */
        CARD_CLICKED,
        /** Compared products from an answer. */
        COMPARE_USED,
        /** Asked for a person (the assistant did not settle it). */
        HANDOFF_REQUESTED
    }
}
