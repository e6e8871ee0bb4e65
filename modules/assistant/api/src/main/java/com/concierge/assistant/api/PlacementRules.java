package com.concierge.assistant.api;

import java.util.List;

/**
 * How sponsored products are placed in recommendations (docs/assistant.md): at most
 * {@code maxPerReply} added to a reply beyond the ranking, none higher than {@code earliestPosition}
 * (1 is the top), only when they satisfy every hard constraint, always labelled.
 */
public record PlacementRules(int maxPerReply, int earliestPosition, List<Sponsorship> sponsored) {

    /** The most sponsored products a reply may add. */
    public static final int MAX_PER_REPLY = 3;

    public PlacementRules {
        if (maxPerReply < 0 || maxPerReply > MAX_PER_REPLY) {
            throw new IllegalArgumentException("maxPerReply must be 0 to " + MAX_PER_REPLY + ", not " + maxPerReply);
        }
        if (earliestPosition < 1) {
            throw new IllegalArgumentException("earliestPosition must be 1 or more, not " + earliestPosition);
        }
        sponsored = sponsored == null ? List.of() : List.copyOf(sponsored);
    }
}
