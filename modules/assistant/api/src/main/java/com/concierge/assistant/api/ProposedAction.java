package com.concierge.assistant.api;

import java.util.UUID;

/**
 * Something the shopper asked the assistant to do that changes their cart, order or return. The
 * assistant never does it itself: it proposes it, and only the shopper's own click on
 * {@code confirmWith} does it.
 */
public record ProposedAction(Kind kind, UUID product, String variant, String confirmWith) {

    public enum Kind { ADD_TO_CART, CHECKOUT, START_RETURN }
}
