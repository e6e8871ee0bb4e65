package com.concierge.assistant.api;

import java.util.List;
import java.util.UUID;

/**
 * An answer to a question about one product, from its attributes, policies, Q&amp;A and cleared
 * review summary.
 *
 * @param known    false when the evidence does not answer: {@code text} then says so and what is known
 * @param citations the evidence the text rests on, best first
 */
public record Answer(UUID product, String question, boolean known, String text, List<Evidence> citations) {

    public Answer {
        citations = List.copyOf(citations);
    }
}
