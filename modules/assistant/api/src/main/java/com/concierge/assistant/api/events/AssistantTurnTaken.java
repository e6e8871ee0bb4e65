package com.concierge.assistant.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The assistant answered one message (for measurement: intents, refusals, what was shown).
 * Version 1.
 *
 * @param turn          1 for the first message of the conversation
 * @param intent        the {@link com.concierge.assistant.api.Turn.Intent} name
 * @param constraints   the constraint fields in force after the turn ("price", "attr.noise")
 * @param shown         the products recommended, best first
 * @param receipts      their receipt ids, in the same order
 * @param relaxations   how many relaxations were offered (nothing fitted)
 * @param answered      for a question: whether the evidence answered it; null otherwise
 * @param refusedTopic  the do-not-generate topic declined, or null
 */
public record AssistantTurnTaken(UUID eventId, Instant occurredAt, UUID conversationId, int turn, String intent,
                                 List<String> constraints, List<UUID> shown, List<UUID> receipts, int relaxations,
                                 Boolean answered, String refusedTopic) implements IntegrationEvent {

    public static final String CHANNEL = "assistant-turn-taken";

    public AssistantTurnTaken {
        constraints = List.copyOf(constraints);
        shown = List.copyOf(shown);
        receipts = List.copyOf(receipts);
    }
}
