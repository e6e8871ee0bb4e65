package com.concierge.catalog.api.compatibility;

import java.util.UUID;

/**
 * One edge seen from a product: {@code direction} says whether that product is the edge's start
 * ("this jar FITS the other") or its end ("this blender IS FITTED BY the other"). Either end may be
 * one variant rather than the whole product; a {@code null} SKU means the whole product.
 *
 * @param relation     the edge's kind
 * @param direction    FORWARD from the start, BACKWARD from the end
 * @param variant      the SKU of this product's variant the edge is about, or {@code null} when it
 *                     holds for every variant
 * @param other        the product at the other end
 * @param otherTitle   its title, so a page needs no second lookup
 * @param otherVariant the SKU of the other product's variant, or {@code null} for the whole product
 * @param otherOptions that variant's options in words ("black, 1,200 W"), or {@code null}
 * @param reads        the edge in words from this product: "fits", "is fitted by"
 * @param note         the merchandiser's note ("2 L jar, models 2019 and later")
 */
public record CompatibilityLink(Relation relation, Direction direction, String variant, UUID other, String otherTitle,
                                String otherVariant, String otherOptions, String reads, String note) {

    public enum Direction { FORWARD, BACKWARD }

    /**
     * Whether the other end goes with this product: it fits it or is its accessory ("fits your Vortex
     * 1050"), what the order page and the assistant suggest for something bought.
     */
    public boolean goesWithThis() {
        return direction == Direction.BACKWARD && (relation == Relation.FITS || relation == Relation.ACCESSORY_OF);
    }
}
