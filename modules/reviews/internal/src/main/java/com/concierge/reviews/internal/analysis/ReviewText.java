package com.concierge.reviews.internal.analysis;

import java.util.Objects;
import java.util.UUID;

/** What the reader needs of a review: its id, its text and its star rating (1–5, or 0 when unknown). */
public record ReviewText(UUID id, String text, int rating) {

    public ReviewText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
