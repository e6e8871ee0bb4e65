package com.concierge.assistant.api;

import java.util.UUID;

/**
 * Something the shopper asked the assistant to do that changes their cart, order or return. The
 * assistant never does it itself: it proposes it, and only the shopper's own click on
 * {@code confirmWith} does it. A return names the {@code order} it starts from (its page holds the form).
 */
public record ProposedAction(Kind kind, UUID product, String variant, String confirmWith, UUID order) {

    /** An action on a product shown in the conversation (no order involved). */
    public ProposedAction(Kind kind, UUID product, String variant, String confirmWith) {
        this(kind, product, variant, confirmWith, null);
    }

    public enum Kind { ADD_TO_CART, CHECKOUT, START_RETURN }
}
