package com.concierge.catalog.api;

import com.concierge.catalog.api.guides.Guide;
import com.concierge.catalog.api.guides.GuideImportReport;
import com.concierge.kernel.files.FileFormat;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Setup guides and troubleshooting trees (docs/postpurchase.md#setup-and-troubleshooting): the
 * console edits and imports them, the order page and the assistant read them. Part of {@link Catalog}.
 */
public interface ProductGuides {

    /** Every guide, by id. */
    List<Guide> guides();

    Optional<Guide> guide(String id);

    /**
     * The guides for one product: its own first, then its category's, then the store's; setup guides
     * before troubleshooting within each.
     *
     * @throws java.util.NoSuchElementException when the product does not exist
     */
    List<Guide> guidesFor(UUID product);

    /** The guides for any product of a category (not those written for named products). */
    List<Guide> guidesForCategory(String category);

    /**
     * Adds or replaces a guide by id.
     *
     * @throws IllegalArgumentException naming what is wrong: an unknown category or product
     */
    Guide putGuide(Guide guide);

    /** Removes a guide; false when there was none. */
    boolean deleteGuide(String id);

    /**
     * Reads guides from a file, one row per step (docs/postpurchase.md#importing-guides): every guide
     * whose rows all pass is stored, the rows of the others are reported.
     */
    GuideImportReport importGuides(FileFormat format, Reader reader);
}
