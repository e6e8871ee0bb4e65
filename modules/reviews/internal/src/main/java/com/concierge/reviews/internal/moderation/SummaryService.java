package com.concierge.reviews.internal.moderation;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.kernel.events.EventPublisher;
import com.concierge.reviews.api.Citation;
import com.concierge.reviews.api.ReviewSummary;
import com.concierge.reviews.api.events.ReviewsChanged;
import com.concierge.reviews.api.moderation.Flag;
import com.concierge.reviews.internal.analysis.Lexicon;
import com.concierge.reviews.internal.analysis.Moderation;
import com.concierge.reviews.internal.analysis.TopicMatcher;
import com.concierge.reviews.internal.ingest.ReviewRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps each product's review summaries and its part of the review queue up to date: {@link
 * #recompute} runs when a {@link ReviewsChanged} event arrives, never when a page reads a summary.
 */
@ApplicationScoped
public class SummaryService {

    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {
    };

    private final Catalog catalog;
    private final TopicList topics;
    private final EventPublisher events;
    private final ObjectMapper json;
    private final Moderation moderation = new Moderation(Lexicon.standard());
    private final Clock clock = Clock.systemUTC();

    SummaryService(Catalog catalog, TopicList topics, EventPublisher events, ObjectMapper json) {
        this.catalog = catalog;
        this.topics = topics;
        this.events = events;
        this.json = json;
    }

    /**
     * Reads the product's reviews again: raises new flags (and reopens a cleared one when new
     * reviews tell the same), then replaces the product's summaries.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(UUID product) {
        Instant now = clock.instant();
        SummaryRecord.delete("key.product", product);
        Optional<ProductDetails> details = catalog.details(product);
        if (details.isEmpty()) {
            return; // the product is gone: nothing to summarize
        }
        List<Moderation.Review> reviews = ReviewRecord.<ReviewRecord>list("product", Sort.ascending("reviewedOn", "id"), product).stream()
                .map(r -> new Moderation.Review(r.id, r.variant, r.rating, r.body)).toList();
        if (reviews.isEmpty()) {
            return;
        }
        Moderation.Reading reading = moderation.detect(reviews, details.get().attributes());
        Map<String, FlagRecord> flags = new HashMap<>();
        for (FlagRecord flag : FlagRecord.<FlagRecord>list("product", product)) {
            flags.put(flag.kind + "|" + flag.key, flag);
        }
        for (Moderation.Finding finding : reading.findings()) {
            flags.put(finding.kind() + "|" + finding.key(), raise(product, finding, flags.get(finding.kind() + "|" + finding.key()), now));
        }
        TopicMatcher matcher = topics.matcher();
        for (ReviewSummary summary : moderation.summarize(product, reading, f -> flags.get(f.kind() + "|" + f.key()).status, matcher, now)) {
            SummaryRecord record = new SummaryRecord();
            record.key = new SummaryRecord.Key(product, summary.variant() == null ? SummaryRecord.WHOLE_PRODUCT : summary.variant());
            record.body = write(summary);
            record.computedAt = now;
            record.persist();
        }
    }

    /** A new flag is open; a known one gets the current citations, and is reopened when a cleared one gains reviews. */
    private FlagRecord raise(UUID product, Moderation.Finding finding, FlagRecord known, Instant now) {
        FlagRecord flag = known;
        if (flag == null) {
            flag = new FlagRecord();
            flag.id = UUID.randomUUID();
            flag.product = product;
            flag.kind = finding.kind();
            flag.key = finding.key();
            flag.status = Flag.Status.OPEN;
            flag.raisedAt = now;
        } else if (flag.status == Flag.Status.CLEARED && !reviewsOf(citations(flag.citations)).containsAll(reviewsOf(finding.citations()))) {
            flag.status = Flag.Status.OPEN;
            flag.raisedAt = now;
            flag.note = "Reopened: new reviews tell the same (cleared before by " + flag.decidedBy + ").";
            flag.decidedBy = null;
            flag.decidedAt = null;
        }
        flag.topic = finding.topic();
        flag.detail = finding.detail();
        flag.citations = write(finding.citations());
        flag.persist();
        return flag;
    }

    private static Set<UUID> reviewsOf(List<Citation> citations) {
        Set<UUID> reviews = new HashSet<>();
        citations.forEach(c -> reviews.add(c.review()));
        return reviews;
    }

    public Optional<ReviewSummary> summary(UUID product, String variant) {
        return QuarkusTransaction.joiningExisting().call(() -> SummaryRecord.<SummaryRecord>findByIdOptional(
                new SummaryRecord.Key(product, variant == null ? SummaryRecord.WHOLE_PRODUCT : variant)).map(r -> summaryOf(r.body)));
    }

    public List<ReviewSummary> variantSummaries(UUID product) {
        return QuarkusTransaction.joiningExisting().call(() -> SummaryRecord.<SummaryRecord>list("key.product = ?1 and key.scope <> ?2",
                        Sort.ascending("key.scope"), product, SummaryRecord.WHOLE_PRODUCT).stream().map(r -> summaryOf(r.body)).toList());
    }

    public List<Flag> flags(Flag.Status status, UUID product, int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.add("status = :status");
            parameters.put("status", status);
        }
        if (product != null) {
            where.add("product = :product");
            parameters.put("product", product);
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return QuarkusTransaction.joiningExisting().call(() -> FlagRecord.<FlagRecord>find(query, Sort.ascending("raisedAt", "id"), parameters)
                .page(0, limit).list().stream().map(this::toFlag).toList());
    }

    public Flag decide(UUID id, Flag.Decision decision, String decidedBy, String note) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FlagRecord flag = FlagRecord.<FlagRecord>findByIdOptional(id).orElseThrow(() -> new NoSuchElementException("no flag with id " + id));
            flag.status = decision == Flag.Decision.CLEAR ? Flag.Status.CLEARED : Flag.Status.CONFIRMED;
            flag.decidedBy = decidedBy;
            flag.decidedAt = clock.instant();
            flag.note = note;
            events.publish(new ReviewsChanged(UUID.randomUUID(), flag.decidedAt, flag.product, ReviewsChanged.Reason.FLAG_DECIDED));
            return toFlag(flag);
        });
    }

    /** A safety report from outside the reviews: an open SAFETY flag keyed by where it was said. */
    public Flag reportSafety(UUID product, String topic, String detail, String source) {
        if (source == null || source.isBlank() || detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("a safety report needs its source and detail");
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (catalog.product(product).isEmpty()) {
                throw new NoSuchElementException("no product " + product);
            }
            String key = "report:" + source.strip();
            FlagRecord flag = FlagRecord.<FlagRecord>find("product = ?1 and kind = ?2 and key = ?3", product, Flag.Kind.SAFETY, key)
                    .firstResultOptional().orElse(null);
            if (flag == null) {
                flag = new FlagRecord();
                flag.id = UUID.randomUUID();
                flag.product = product;
                flag.kind = Flag.Kind.SAFETY;
                flag.key = key;
                flag.citations = "[]";
            }
            if (flag.status != Flag.Status.OPEN) {
                flag.status = Flag.Status.OPEN;
                flag.raisedAt = clock.instant();
                flag.decidedBy = null;
                flag.decidedAt = null;
            }
            flag.topic = topic == null || topic.isBlank() ? "shopper report" : abbreviate(topic.strip(), 200);
            flag.detail = abbreviate(detail.strip(), 1000);
            flag.persist();
            return toFlag(flag);
        });
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private Flag toFlag(FlagRecord r) {
        return new Flag(r.id, r.product, r.kind, r.topic, r.detail, citations(r.citations), r.status, r.raisedAt, r.decidedBy, r.decidedAt, r.note);
    }

    private List<Citation> citations(String citations) {
        try {
            return json.readValue(citations, CITATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable citations", e);
        }
    }

    private ReviewSummary summaryOf(String body) {
        try {
            return json.readValue(body, ReviewSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable review summary", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
