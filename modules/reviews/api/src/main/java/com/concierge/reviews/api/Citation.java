package com.concierge.reviews.api;

import java.util.Objects;
import java.util.UUID;

/**
 * The exact words of a review a statement rests on: {@code review.text().substring(start, end)}
 * equals {@code quote}.
 *
 * @param review the review's id
 * @param start  offset of the first character (UTF-16 index, as Java strings count)
 * @param end    offset after the last character
 * @param quote  the quoted text, for display without a second lookup
 */
public record Citation(UUID review, int start, int end, String quote) {

    public Citation {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start || end - start != quote.length()) {
            throw new IllegalArgumentException("span " + start + ".." + end + " does not fit a quote of " + quote.length() + " characters");
        }
    }
}
