package com.concierge.reviews.api;

import java.util.List;

/**
 * A pro or a con: what reviewers say about one aspect, with the spans that say it.
 *
 * @param aspect    aspect key ("noise")
 * @param label     its name for people ("Noise")
 * @param polarity  POSITIVE for a pro, NEGATIVE for a con
 * @param reviews   how many distinct reviews say so
 * @param mentions  how many reviews mention the aspect at all, either way
 * @param citations the statements that say so, strongest first
 */
public record AspectOpinion(String aspect, String label, Polarity polarity, int reviews, int mentions, List<Citation> citations) {

    public AspectOpinion {
        citations = List.copyOf(citations);
    }
}
