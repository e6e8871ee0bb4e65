package com.concierge.reviews.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored review as pages and the assistant may show it. The author appears only masked
 * ("ja…42"): the full author id is stored, never shown.
 */
public record ReviewView(UUID id, UUID product, String variant, int rating, String title, String text, LocalDate reviewedOn,
                         boolean verifiedPurchase, String author) {
}
