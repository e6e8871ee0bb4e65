package com.concierge.reviews.api;

/**
 * A factual claim in a review that disagrees with the catalog, for a merchandiser to settle
 * (the review may be wrong, or the catalog).
 *
 * @param citation  the review's words ("the jar holds 2 L")
 * @param attribute the catalog attribute it contradicts ("jar_capacity")
 * @param label     the attribute's name for people ("Jar capacity")
 * @param stated    what the review says ("2 L")
 * @param catalog   what the catalog says, in the attribute's display ("1.5 L")
 */
public record Contradiction(Citation citation, String attribute, String label, String stated, String catalog) {
}
