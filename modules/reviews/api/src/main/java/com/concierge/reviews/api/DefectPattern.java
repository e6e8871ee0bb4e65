package com.concierge.reviews.api;

import java.util.List;

/**
 * The same failure told by several reviews ("the handle broke" three times): a defect pattern
 * for the human review queue.
 *
 * @param part      the part that fails ("handle"), or "product" when no part is named
 * @param failure   how it fails, as the reviews say it ("broke", "stopped working")
 * @param reviews   distinct reviews telling it
 * @param citations their words
 */
public record DefectPattern(String part, List<String> failure, int reviews, List<Citation> citations) {

    public DefectPattern {
        failure = List.copyOf(failure);
        citations = List.copyOf(citations);
    }
}
