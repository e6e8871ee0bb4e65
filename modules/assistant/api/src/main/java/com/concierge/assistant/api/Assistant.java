package com.concierge.assistant.api;

import com.concierge.kernel.ModulesOnly;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The assistant facade: conversations, receipts, comparisons.
 *
 * <p>Every conversation has an owner ({@link Caller}): each method that names a conversation for a
 * shopper takes the caller and treats a conversation that is not theirs exactly like one that does
 * not exist ({@link java.util.NoSuchElementException}, or an empty answer). The methods without a
 * caller ({@link #turn(UUID, int)}, {@link #recommendation}, {@link #forget}) are for other modules
 * (answer audits, order attribution, erasure), never for a shopper's request.
 */
public interface Assistant {

    /**
     * Starts an empty conversation owned by {@code owner}: their subject when signed in, else the
     * guest capability they hold ({@link Caller#newGuestKey()} makes one).
     *
     * @throws IllegalArgumentException when the caller is {@link Caller#nobody() nobody}
     */
    Conversation start(Caller owner);

    /** A conversation's current intent and turn count, when it exists and is the caller's. */
    Optional<Conversation> conversation(UUID id, Caller caller);

    /** One stored turn as it was answered, when the conversation is the caller's. */
    Optional<StoredTurn> turn(UUID conversation, int number, Caller caller);

    /** One stored turn as it was answered, whoever owns it: for answer audits, never for a shopper's request. */
    @ModulesOnly
    Optional<StoredTurn> turn(UUID conversation, int number);

    /**
     * A turn as kept: the shopper's message with personal data already redacted
     * ({@link com.concierge.kernel.privacy.PersonalData}: nothing downstream ever saw it) and the reply as shown.
     */
    record StoredTurn(String message, Turn reply, java.time.Instant at) {
    }

    /**
     * Sign-in from a browser that holds a guest capability: every conversation started with
     * {@code caller}'s capability becomes {@code caller}'s subject's. Returns how many.
     */
    int claim(Caller caller);

    /** The ids of the conversations a signed-in shopper owns (for their history and erasure). */
    @ModulesOnly
    List<UUID> conversationsOf(String subject);

    /**
     * Erasure: deletes the conversations, their messages and their receipts (orders keep the
     * receipt id they were attributed to, which then finds nothing). Returns how many conversations.
     */
    @ModulesOnly
    int forget(java.util.Collection<UUID> conversations);

    /**
     * Retention: deletes the messages and session state of conversations idle since before
     * {@code before}; their receipts stay (orders are attributed to them). Returns how many.
     */
    @ModulesOnly
    int forgetIdleSince(java.time.Instant before);

    /**
     * Reads one message of the shopper, updates the conversation's intent and answers: with
     * recommendations, an answer to a question, a comparison, a decision, or a refusal. Publishes
     * {@link com.concierge.assistant.api.events.AssistantTurnTaken}.
     *
     * @throws java.util.NoSuchElementException when there is no such conversation (or it is not the caller's)
     * @throws IllegalArgumentException         for a blank message or one over {@value Conversation#MAX_MESSAGE} characters
     */
    Turn reply(UUID conversation, Caller caller, String text);

    /**
     * Answers a question about one product the shopper chose (the product page's "ask about this
     * product" box), from its attributes, policies, Q&amp;A and cleared review summary, with
     * citations; a question touching a do-not-generate topic is refused. The turn is stored in the
     * conversation and published like any other ({@link com.concierge.assistant.api.events.AssistantTurnTaken}).
     *
     * @throws java.util.NoSuchElementException when there is no such conversation or product
     * @throws IllegalArgumentException         for a blank question or one over {@value Conversation#MAX_MESSAGE} characters
     */
    Turn ask(UUID conversation, Caller caller, UUID product, String question);

    /**
     * Records what the shopper did with an answer: opened a card (one product), compared (two to
     * four products) or asked for a person (none). Publishes
     * {@link com.concierge.assistant.api.events.ShopperInteracted}.
     *
     * @throws java.util.NoSuchElementException when there is no such conversation (or it is not the caller's)
     * @throws IllegalArgumentException         when the products do not suit the kind
     */
    void interacted(UUID conversation, Caller caller, com.concierge.assistant.api.events.ShopperInteracted.Kind kind, List<UUID> products);

    /**
     * The shopper edited a chip: {@code value} replaces the constraint's value ("120" for a price
     * cap, "black" for a colour), or removes the constraint when null. Recommends again.
     *
     * @throws java.util.NoSuchElementException when there is no such conversation or constraint
     * @throws IllegalArgumentException         when the value does not fit the constraint ("cheap" for a price)
     */
    Turn editConstraint(UUID conversation, Caller caller, String constraintId, String value);

    /**
     * The shopper chose filters on the search page and took them back to the conversation: its
     * category becomes the filters' category (when they name one), and its hard constraints that
     * search shows as filters (price, rating, brands, attribute ranges and values) become exactly
     * the filters. Preferences, variant options and exclusions stay. Recommends again.
     *
     * @throws java.util.NoSuchElementException when there is no such conversation (or it is not the caller's)
     * @throws IllegalArgumentException         when a filter names an attribute the category does not have
     */
    Turn filter(UUID conversation, Caller caller, SearchFilters filters);

    /**
     * The turn worded by the optional language model, when it is enabled and its wording passes
     * the evidence check (every product, number and claim in it appears in the turn's evidence);
     * otherwise the turn unchanged. Cards, receipts and constraints never change. The stored turn
     * keeps the wording the shopper saw.
     */
    Turn worded(Turn turn);

    /** A recommendation's decision receipt, as it was when shown, when its conversation is the caller's. */
    Optional<Receipt> receipt(UUID id, Caller caller);

    /**
     * A decision receipt by its id, whoever's conversation it was in: how post-purchase reads what an
     * order line's recommendation claimed when the item comes back. Empty once the conversation was erased.
     */
    @ModulesOnly
    Optional<Receipt> receiptById(UUID id);

    /**
     * The newest receipt in these conversations that recommended {@code product} as the variant
     * {@code sku} (or without naming a variant): how checkout attributes an order line.
     */
    @ModulesOnly
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
