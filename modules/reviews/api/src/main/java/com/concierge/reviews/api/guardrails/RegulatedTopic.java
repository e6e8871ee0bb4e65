package com.concierge.reviews.api.guardrails;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A topic nothing generated may speak about (medical claims, safety-critical advice, legal or
 * financial advice, age-restricted products): text touching one of its phrases is not repeated
 * from reviews, and the assistant declines with {@code refusal}.
 *
 * @param id       a stable key ("medical")
 * @param label    its name for people
 * @param phrases  words or phrases that mark the topic, matched as whole words, case-insensitive
 *                 ("blood pressure", "cure")
 * @param refusal  what the shopper is told instead, with a pointer where one helps ("ask a doctor")
 */
public record RegulatedTopic(String id, String label, List<String> phrases, String refusal) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public RegulatedTopic {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be 1–40 lowercase letters, digits or dashes");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label is required");
        }
        if (phrases == null || phrases.isEmpty() || phrases.stream().anyMatch(p -> p == null || p.isBlank())) {
            throw new IllegalArgumentException("phrases must hold at least one non-blank phrase");
        }
        if (refusal == null || refusal.isBlank()) {
            throw new IllegalArgumentException("refusal is required");
        }
        phrases = phrases.stream().map(String::strip).distinct().toList();
    }
}
