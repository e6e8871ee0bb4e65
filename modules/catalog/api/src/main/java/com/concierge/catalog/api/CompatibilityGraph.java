package com.concierge.catalog.api;

import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.compatibility.LinkEnd;
import com.concierge.catalog.api.compatibility.Relation;
import java.util.List;
import java.util.UUID;

/**
 * The compatibility graph: which product or variant fits, replaces or needs which
 * (docs/catalog.md#compatibility).
 * Part of {@link Catalog}.
 */
public interface CompatibilityGraph {

    /**
     * Records that {@code from} {@code relation} {@code to} ("the jar fits the blender", or "the 2 L
     * jar fits the black 1,200 W variant"). Recording the same edge again only updates its note.
     *
     * @throws java.util.NoSuchElementException when either product does not exist
     * @throws IllegalArgumentException         for an edge from something to itself, or a SKU that
     *                                          is not a variant of its product
     */
    void link(LinkEnd from, Relation relation, LinkEnd to, String note);

    /** Links two whole products. */
    default void link(UUID from, Relation relation, UUID to, String note) {
        link(LinkEnd.product(from), relation, LinkEnd.product(to), note);
    }

    /** Removes an edge; false when there was none. */
    boolean unlink(LinkEnd from, Relation relation, LinkEnd to);

    /**
     * Every edge touching {@code product} or one of its variants, from both ends, ordered by
     * relation, direction, title and variant.
     */
    List<CompatibilityLink> compatibility(UUID product);

    /**
     * The edges that hold for one variant: those recorded for that variant and those recorded for
     * the whole product.
     *
     * @throws IllegalArgumentException when the SKU is not a variant of the product
     */
    List<CompatibilityLink> compatibility(UUID product, String sku);
}
