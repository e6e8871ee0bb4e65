package com.concierge.reviews.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a product's reviews say, as the storefront and the assistant may repeat it: pros, cons and
 * a short extractive summary, every claim cited to review spans. Content held out is not in it:
 * reviews with an undecided or confirmed safety flag, statements behind an undecided or confirmed
 * defect or contradiction flag, and statements touching a do-not-generate topic.
 *
 * @param product        the product
 * @param variant        the variant's SKU for a per-variant summary, null for the whole product
 * @param reviews        reviews the summary covers (held-out reviews excluded)
 * @param averageRating  their mean star rating, 0 without reviews
 * @param pros           aspects reviewers praise, strongest first
 * @param cons           aspects reviewers criticise, strongest first
 * @param summary        a few of the reviews' own sentences
 * @param summarySpans   where each summary sentence comes from, in order
 * @param heldOut        how many statements were kept out, by cause ("safety", "defect",
 *                       "contradiction", or a do-not-generate topic id)
 * @param computedAt     when it was computed
 */
public record ReviewSummary(UUID product, String variant, int reviews, double averageRating, List<AspectOpinion> pros,
                            List<AspectOpinion> cons, String summary, List<Citation> summarySpans, Map<String, Integer> heldOut,
                            Instant computedAt) {

    public ReviewSummary {
        pros = List.copyOf(pros);
        cons = List.copyOf(cons);
        summarySpans = List.copyOf(summarySpans);
        heldOut = Map.copyOf(heldOut);
    }
}
