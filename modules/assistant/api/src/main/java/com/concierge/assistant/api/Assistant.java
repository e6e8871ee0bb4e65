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

    /** One stored turn as it was answered (for answer audits), with the shopper's message as written. */
    Optional<StoredTurn> turn(UUID conversation, int number);

    /** A turn as kept: the shopper's message (not redacted) and the reply as shown. */
    record StoredTurn(String message, Turn reply, java.time.Instant at) {
    }

    /**
     * Erasure: deletes the conversations, their messages and their receipts (orders keep the
     * receipt id they were attributed to, which then finds nothing). Returns how many conversations.
     */
    int forget(java.util.Collection<UUID> conversations);

    /**
     * Retention: deletes the messages and session state of conversations idle since before
     * {@code before}; their receipts stay (orders are attributed to them). Returns how many.
     */
    int forgetIdleSince(java.time.Instant before);

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
     * Answers a question about one product the shopper chose (the product page's "ask about this
     * product" box), from its attributes, policies, Q&amp;A and cleared review summary, with
     * citations; a question touching a do-not-generate topic is refused. The turn is stored in the
     * conversation and published like any other ({@link com.concierge.assistant.api.events.AssistantTurnTaken}).
     *
     * @throws java.util.NoSuchElementException when there is no such conversation or product
     * @throws IllegalArgumentException         for a blank question or one over {@value Conversation#MAX_MESSAGE} characters
     */
    Turn ask(UUID conversation, UUID product, String question);

    /**
     * Records what the shopper did with an answer: opened a card (one product), compared (two to
     * four products) or asked for a person (none). Publishes
     * {@link com.concierge.assistant.api.events.ShopperInteracted}.
     *
     * @throws java.util.NoSuchElementException when there is no such conversation
     * @throws IllegalArgumentException         when the products do not suit the kind
     */
    void interacted(UUID conversation, com.concierge.assistant.api.events.ShopperInteracted.Kind kind, List<UUID> products);

    /**
     * The shopper edited a chip: {@code value} replaces the constraint's value ("120" for a price
     * cap, "black" for a colour), or removes the constraint when null. Recommends again.
     *
     * @throws java.util.NoSuchElementException when there is no such conversation or constraint
     * @throws IllegalArgumentException         when the value does not fit the constraint ("cheap" for a price)
     */
    Turn editConstraint(UUID conversation, String constraintId, String value);

    /**
     * The shopper chose filters on the search page and took them back to the conversation: its
     * category becomes the filters' category (when they name one), and its hard constraints that
     * search shows as filters (price, rating, brands, attribute ranges and values) become exactly
     * the filters. Preferences, variant options and exclusions stay. Recommends again.
     *
     * @throws java.util.NoSuchElementException when there is no such conversation
     * @throws IllegalArgumentException         when a filter names an attribute the category does not have
     */
    Turn filter(UUID conversation, SearchFilters filters);

    /**
     * The turn worded by the optional language model, when it is enabled and its wording passes
     * the evidence check (every product, number and claim in it appears in the turn's evidence);
     * otherwise the turn unchanged. Cards, receipts and constraints never change. The stored turn
     * keeps the wording the shopper saw.
     */
    Turn worded(Turn turn);

    /** A recommendation's decision receipt, as it was when shown. */
    Optional<Receipt> receipt(UUID id);

    /**
     * The newest receipt in these conversations that recommended {@code product} as the variant
     * {@code sku} (or without naming a variant): how checkout attributes an order line.
     */
    Optional<Receipt> recommendation(java.util.Collection<UUID> conversations, UUID product, String sku);

    /**
     * Two to four products side by side on their normalized attributes, {@code priorities}
     * (attribute keys, "price", "rating") first, with a verdict naming the tradeoff.
     *
     * @throws IllegalArgumentException         for fewer than two or more than four products
     * @throws java.util.NoSuchElementException when a product does not exist
     */
    Comparison compare(List<UUID> products, List<String> priorities);

    /** The placement rules and every sponsorship. */
    PlacementRules placements();

    /**
     * Replaces the placement rules.
     *
     * @throws IllegalArgumentException when a number is out of range
     */
    PlacementRules definePlacementRules(int maxPerReply, int earliestPosition);

    /**
     * Sponsors a product (or changes its label, or pauses it with {@code active} false).
     *
     * @throws java.util.NoSuchElementException when the product does not exist
     * @throws IllegalArgumentException         for a blank or over-long label
     */
    Sponsorship sponsor(UUID product, String label, boolean active, String changedBy);

    /** Ends a sponsorship; false when there was none. */
    boolean unsponsor(UUID product);
}
