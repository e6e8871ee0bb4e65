package com.concierge.assistant.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The assistant facade: conversations, receipts, comparisons. */
public interface Assistant {

    /** Starts an empty conversation. */
    Conversation start();

    /** A conversation's current intent and turn count. */
    Optional<Conversation> conversation(UUID id);

    /**
     * Reads one message of the shopper, updates the conversation's intent and answers: with
     * recommendations, an answer to a question, a comparison, a decision, or a refusal. Publishes
     * {@link com.concierge.assistant.api.events.AssistantTurnTaken}.
     *
     * @throws java.util.NoSuchElementException when there is no such conversation
     * @throws IllegalArgumentException         for a blank message or one over {@value Conversation#MAX_MESSAGE} characters
     */
    Turn reply(UUID conversation, String text);

    /**
     * The shopper edited a chip: {@code value} replaces the constraint's value ("120" for a price
     * cap, "black" for a colour), or removes the constraint when null. Recommends again.
     *
     * @throws java.util.NoSuchElementException when there is no such conversation or constraint
     * @throws IllegalArgumentException         when the value does not fit the constraint ("cheap" for a price)
     */
    Turn editConstraint(UUID conversation, String constraintId, String value);

    /** A recommendation's decision receipt, as it was when shown. */
    Optional<Receipt> receipt(UUID id);

    /**
     * Two to four products side by side on their normalized attributes, {@code priorities}
     * (attribute keys, "price", "rating") first, with a verdict naming the tradeoff.
     *
     * @throws IllegalArgumentException         for fewer than two or more than four products
     * @throws java.util.NoSuchElementException when a product does not exist
     */
    Comparison compare(List<UUID> products, List<String> priorities);
}
