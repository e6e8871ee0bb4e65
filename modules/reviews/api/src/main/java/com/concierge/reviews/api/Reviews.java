package com.concierge.reviews.api;

import com.concierge.kernel.files.FileFormat;
import com.concierge.reviews.api.ingest.ReviewImportReport;
import com.concierge.reviews.api.moderation.Flag;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
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

    /**
     * Imports reviews of many products: the columns of {@link #importReviews(UUID, FileFormat, Reader)}
     * and {@code product}, the product's handle ("calma-900") or id. Rows naming an unknown product
     * are reported ({@code UNKNOWN_PRODUCT}); the others are stored.
     */
    ReviewImportReport importReviews(FileFormat format, Reader data);

    /** The product's reviews, newest first, at most {@code limit} (1–200). */
    List<ReviewView> reviews(UUID product, int limit);

    /**
     * The product's review summary (variant null) or one variant's, as last computed; empty when
     * there is nothing to summarize or it has not been computed yet. Summaries are recomputed after
     * {@link com.concierge.reviews.api.events.ReviewsChanged}, never on read.
     */
    Optional<ReviewSummary> summary(UUID product, String variant);

    /** The per-variant summaries of a product, by SKU. */
    List<ReviewSummary> variantSummaries(UUID product);

    /**
     * The review queue, oldest first.
     *
     * @param status  only flags in this state, or null for all
     * @param product only this product's flags, or null for all
     * @param limit   1–500
     */
    List<Flag> flags(Flag.Status status, UUID product, int limit);

    /**
     * Records a merchandiser's decision on a flag and has the product's summary recomputed: a
     * cleared flag lets its content back into summaries, a confirmed one keeps it out.
     *
     * @throws java.util.NoSuchElementException when there is no such flag
     */
    Flag decide(UUID flag, Flag.Decision decision, String decidedBy, String note);

    /**
     * The safety topics a text states ("fire", "smoke", "shock", ...), read as a review's are
     * (the lexicon's {@code safety} section): the assistant asks it of a shopper's words about a
     * product they bought.
     */
    List<String> safetyTopics(String text);

    /**
     * Raises an open {@link Flag.Kind#SAFETY} item in the review queue for something a shopper told
     * outside a review (a conversation about a product they bought), as a safety review does. The
     * same {@code source} raised again is the same item (reopened if it was cleared).
     *
     * @param topic  the safety topics, as the queue shows them ("smoke, burn")
     * @param detail one sentence for the merchandiser, with the shopper's words (already redacted)
     * @param source where it was said, stable per report ("conversation 8f3e…/turn 2")
     * @throws java.util.NoSuchElementException when the product does not exist
     */
    Flag reportSafety(UUID product, String topic, String detail, String source);
}
