package com.concierge.reviews.api;

import java.util.List;

/**
 * One clause of a review as the reader understood it.
 *
 * @param citation   where it stands in the review
 * @param polarity   how it speaks overall
 * @param mentions   the aspects it talks about, each with the polarity it has for that aspect
 *                   ("too loud" is bad for noise, "loud and clear" good for sound); possibly none
 * @param claimType  experience or factual
 * @param quantities quantities it states, as written ("2 L", "1,200 W")
 * @param safety     safety topics it raises ("fire", "burn"), possibly none; such statements go to
 *                   the human review queue
 */
public record Statement(Citation citation, Polarity polarity, List<Mention> mentions, ClaimType claimType, List<String> quantities,
                        List<String> safety) {

    public Statement {
        mentions = List.copyOf(mentions);
        quantities = List.copyOf(quantities);
        safety = List.copyOf(safety);
    }

    /** An aspect the statement talks about, and how. */
    public record Mention(String aspect, Polarity polarity) {
    }

    public List<String> aspects() {
        return mentions.stream().map(Mention::aspect).toList();
    }
}
