package com.concierge.catalog.api;

import java.util.List;
import java.util.UUID;

/**
 * How ready a product is for the assistant to talk about it without improvising: 0–100, and the
 * gaps a merchandiser can close, most valuable first.
 *
 * @param requiredAttributes share of the category's required attributes stated (0–1)
 * @param boundaries         1 when the product states at least one boundary ("not dishwasher safe")
 * @param commonQuestions    share of the category's common questions this product answers (0–1;
 *                           1 when the category has none yet)
 * @param policies           share of return, warranty and shipping covered in the store region (0–1)
 */
public record Readiness(UUID product, String handle, String title, String category, int score, double requiredAttributes,
                        double boundaries, double commonQuestions, double policies, List<String> gaps) {

    public Readiness {
        gaps = List.copyOf(gaps);
    }
}
