package com.concierge.assistant.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation's state: what the shopper asked for so far, as editable constraints.
 *
 * @param category    the category being shopped, or null before one is known
 * @param turns       messages answered so far
 */
public record Conversation(UUID id, String category, List<Constraint> constraints, int turns, Instant startedAt) {

    /** Longest message read, in characters. */
    public static final int MAX_MESSAGE = 1000;

    public Conversation {
        constraints = List.copyOf(constraints);
    }
}
