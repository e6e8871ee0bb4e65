package com.concierge.reviews.api;

import com.concierge.kernel.files.FileFormat;
import com.concierge.reviews.api.ingest.ReviewImportReport;
import java.io.Reader;
import java.util.List;
import java.util.UUID;

/** The reviews module's facade. */
public interface Reviews {

    /**
     * Imports the reviews of one product: columns {@code rating} (1–5), {@code title},
     * {@code text}, {@code date} (YYYY-MM-DD), {@code variant} (a SKU of the product),
     * {@code verified} (yes/no), {@code author}. Good rows are stored, bad rows reported; a row
     * already stored (same author, date and text) is counted as unchanged.
     *
     * @throws java.util.NoSuchElementException when the product does not exist
     */
    ReviewImportReport importReviews(UUID product, FileFormat format, Reader data);

    /** The product's reviews, newest first, at most {@code limit} (1–200). */
    List<ReviewView> reviews(UUID product, int limit);
}
