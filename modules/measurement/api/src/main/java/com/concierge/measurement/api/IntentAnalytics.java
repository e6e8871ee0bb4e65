package com.concierge.measurement.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What shoppers asked for over a range of days, against the range of the same length before it
 * (docs/intent-analytics.md).
 *
 * @param intents   category plus the constraint fields asked for together ("blenders: attr.noise + price"), most conversations first
 * @param words     the shopper's own words behind constraints ("quiet", "under $150")
 * @param uncovered words the catalog's vocabulary (names, attributes, values, synonyms) did not cover:
 *                  candidates for synonyms; a word shows once {@code minConversations} conversations used it
 * @param unmet     intents that found nothing, needed a constraint relaxed, or were left after the answer, most conversations first
 */
public record IntentAnalytics(LocalDate from, LocalDate to, String category, int minConversations, List<Term> intents, List<Term> words,
                              List<Term> uncovered, List<Unmet> unmet) {

    public IntentAnalytics {
        intents = List.copyOf(intents);
        words = List.copyOf(words);
        uncovered = List.copyOf(uncovered);
        unmet = List.copyOf(unmet);
    }

    /**
     * @param conversations         conversations that used the term in the range
     * @param previousConversations the same, in the range of the same length just before
     * @param trend                 (conversations − previous) ÷ previous; null when it was not used before (new)
     * @param daily                 conversations per day of the range, first day first
     */
    public record Term(String term, String category, long conversations, long turns, long previousConversations, Double trend,
                      List<Long> daily) {

        public Term {
            daily = List.copyOf(daily);
        }
    }

    /**
     * @param zeroResult turns that showed nothing
     * @param relaxed    turns that offered to relax a constraint
     * @param abandoned  conversations whose last message got recommendations and that then went nowhere (no click, compare,
     *                   add to cart, order or handoff)
     * @param examples   a few of the shopper's messages behind it (redacted), while the text is kept
     */
    public record Unmet(String intent, String category, long conversations, long zeroResult, long relaxed, long abandoned,
                        List<String> examples) {

        public Unmet {
            examples = List.copyOf(examples);
        }
    }
}
