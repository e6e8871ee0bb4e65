package com.concierge.reviews.internal;

import com.concierge.kernel.files.FileFormat;
import com.concierge.reviews.api.ReviewSummary;
import com.concierge.reviews.api.ReviewView;
import com.concierge.reviews.api.Reviews;
import com.concierge.reviews.api.ingest.ReviewImportReport;
import com.concierge.reviews.api.moderation.Flag;
import com.concierge.reviews.internal.ingest.ReviewService;
import com.concierge.reviews.internal.moderation.SummaryService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@link Reviews} facade: ingestion in {@code ingest}, summaries and the queue in {@code moderation}. */
@ApplicationScoped
class ReviewsFacade implements Reviews {

    private final ReviewService reviews;
    private final SummaryService summaries;

    ReviewsFacade(ReviewService reviews, SummaryService summaries) {
        this.reviews = reviews;
        this.summaries = summaries;
    }

    @Override
    public ReviewImportReport importReviews(UUID product, FileFormat format, Reader data) {
        return reviews.importReviews(product, format, data);
    }

    @Override
    public ReviewImportReport importReviews(FileFormat format, Reader data) {
        return reviews.importReviews(format, data);
    }

    @Override
    public List<ReviewView> reviews(UUID product, int limit) {
        return reviews.reviews(product, limit);
    }

    @Override
    public Optional<ReviewSummary> summary(UUID product, String variant) {
        return summaries.summary(product, variant);
    }

    @Override
    public List<ReviewSummary> variantSummaries(UUID product) {
        return summaries.variantSummaries(product);
    }

    @Override
    public List<Flag> flags(Flag.Status status, UUID product, int limit) {
        return summaries.flags(status, product, limit);
    }

    @Override
    public Flag decide(UUID flag, Flag.Decision decision, String decidedBy, String note) {
        return summaries.decide(flag, decision, decidedBy, note);
    }

    @Override
    public List<String> safetyTopics(String text) {
        return text == null || text.isBlank() ? List.of() : SAFETY.safetyTopics(text);
    }

    @Override
    public Flag reportSafety(UUID product, String topic, String detail, String source) {
        return summaries.reportSafety(product, topic, detail, source);
    }

    private static final com.concierge.reviews.internal.analysis.ReviewReader SAFETY =
            new com.concierge.reviews.internal.analysis.ReviewReader(com.concierge.reviews.internal.analysis.Lexicon.standard());
}
