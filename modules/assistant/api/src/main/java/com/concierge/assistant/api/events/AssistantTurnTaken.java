package com.concierge.assistant.api.events;

import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The assistant answered one message (for measurement: intents, refusals, what was shown).
 * Version 4. Version 2 added {@code text}, {@code category}, {@code sponsored} and
 * {@code constraintWords}; version 3 added {@code uncoveredWords}; version 4 added {@code owner}. An
 * older payload reads with the missing fields empty.
 *
 * @param turn          1 for the first message of the conversation
 * @param intent        the {@link com.concierge.assistant.api.Turn.Intent} name
 * @param constraints   the constraint fields in force after the turn ("price", "attr.noise")
 * @param shown         the products recommended, best first
 * @param receipts      their receipt ids, in the same order
 * @param relaxations   how many relaxations were offered (nothing fitted)
 * @param answered      for a question: whether the evidence answered it; null otherwise
 * @param refusedTopic  the do-not-generate topic declined, or null
 * @param text          the shopper's message with personal data redacted ({@link com.concierge.kernel.privacy.PersonalData})
 * @param category      the category key the conversation is about after the turn, or null
 * @param sponsored     per product in {@code shown}: whether it was a paid placement
 * @param constraintWords the shopper's own words behind the constraints in force ("quiet", "under $150")
 * @param uncoveredWords  content words of the message the catalog's vocabulary (names, attributes, values,
 *                        synonyms) did not cover, whether or not the embedding model then placed them by meaning
 * @param owner         the Keycloak subject of the signed-in shopper the conversation belongs to, or null for a guest's
 */
public record AssistantTurnTaken(UUID eventId, Instant occurredAt, UUID conversationId, int turn, String intent,
                                 List<String> constraints, List<UUID> shown, List<UUID> receipts, int relaxations,
                                 Boolean answered, String refusedTopic, String text, String category, List<Boolean> sponsored,
                                 List<String> constraintWords, List<String> uncoveredWords, String owner) implements IntegrationEvent {

    public static final String CHANNEL = "assistant-turn-taken";

    public AssistantTurnTaken {
        constraints = List.copyOf(constraints);
        shown = List.copyOf(shown);
        receipts = List.copyOf(receipts);
        sponsored = sponsored == null ? List.of() : List.copyOf(sponsored);
        constraintWords = constraintWords == null ? List.of() : List.copyOf(constraintWords);
        uncoveredWords = uncoveredWords == null ? List.of() : List.copyOf(uncoveredWords);
    }

    /** A guest's turn (version 3's fields). */
    public AssistantTurnTaken(UUID eventId, Instant occurredAt, UUID conversationId, int turn, String intent, List<String> constraints,
                              List<UUID> shown, List<UUID> receipts, int relaxations, Boolean answered, String refusedTopic, String text,
                              String category, List<Boolean> sponsored, List<String> constraintWords, List<String> uncoveredWords) {
        this(eventId, occurredAt, conversationId, turn, intent, constraints, shown, receipts, relaxations, answered, refusedTopic, text,
                category, sponsored, constraintWords, uncoveredWords, null);
    }
}
