package com.concierge.catalog.api.compatibility;

import java.util.UUID;

/**
 * One edge seen from a product: {@code direction} says whether that product is the edge's start
 * ("this jar FITS the other") or its end ("this blender IS FITTED BY the other").
 *
 * @param relation  the edge's kind
 * @param direction FORWARD from the start, BACKWARD from the end
 * @param other     the product at the other end
 * @param otherTitle its title, so a page needs no second lookup
 * @param reads     the edge in words from this product: "fits", "is fitted by"
 * @param note      the merchandiser's note ("2 L jar, models 2019 and later")
 */
public record CompatibilityLink(Relation relation, Direction direction, UUID other, String otherTitle, String reads, String note) {

    public enum Direction { FORWARD, BACKWARD }
}
