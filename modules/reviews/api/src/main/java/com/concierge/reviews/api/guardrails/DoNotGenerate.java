package com.concierge.reviews.api.guardrails;

import java.util.List;
import java.util.Optional;

/**
 * The editable do-not-generate list. Review-derived text is checked against it when summaries are
 * computed; the assistant checks questions and answers against it.
 */
public interface DoNotGenerate {

    /** Every topic, by id. */
    List<RegulatedTopic> topics();

    Optional<RegulatedTopic> topic(String id);

    /**
     * Adds or replaces a topic; every product's review summary is recomputed (through
     * {@link com.concierge.reviews.api.events.ReviewsChanged}).
     */
    RegulatedTopic put(RegulatedTopic topic, String changedBy);

    /** Removes a topic; false when there was none. Summaries are recomputed as for {@link #put}. */
    boolean delete(String id, String changedBy);

    /** The topics {@code text} touches, in text order; empty when none. */
    List<TopicMatch> matches(String text);
}
