package com.concierge.reviews.internal.moderation;

import com.concierge.kernel.concurrency.RetryOnConflict;
import com.concierge.kernel.events.EventPublisher;
import com.concierge.reviews.api.events.ReviewsChanged;
import com.concierge.reviews.api.guardrails.DoNotGenerate;
import com.concierge.reviews.api.guardrails.RegulatedTopic;
import com.concierge.reviews.api.guardrails.TopicMatch;
import com.concierge.reviews.internal.analysis.TopicMatcher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The do-not-generate list, kept in the database and editable. A change has every reviewed
 * product's summary recomputed (one {@link ReviewsChanged} each, in the same transaction), so text
 * on a newly listed topic leaves the summaries and text on a removed one may come back.
 */
@ApplicationScoped
public class TopicList implements DoNotGenerate {

    private static final TypeReference<List<String>> PHRASES = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final EventPublisher events;
    private final Clock clock = Clock.systemUTC();

    TopicList(ObjectMapper json, EventPublisher events) {
        this.json = json;
        this.events = events;
    }

    @Override
    public List<RegulatedTopic> topics() {
        return QuarkusTransaction.joiningExisting().call(
                () -> TopicRecord.<TopicRecord>findAll(Sort.ascending("id")).list().stream().map(this::toTopic).toList());
    }

    @Override
    public Optional<RegulatedTopic> topic(String id) {
        return QuarkusTransaction.joiningExisting().call(() -> TopicRecord.<TopicRecord>findByIdOptional(id).map(this::toTopic));
    }

    /** Two PUTs creating the same new topic at once both land: the one that lost the insert runs again as an update. */
    @Override
    @RetryOnConflict
    public RegulatedTopic put(RegulatedTopic topic, String changedBy) {
        QuarkusTransaction.requiringNew().run(() -> {
            TopicRecord record = TopicRecord.<TopicRecord>findByIdOptional(topic.id()).orElseGet(() -> {
                TopicRecord created = new TopicRecord();
                created.id = topic.id();
                return created;
            });
            record.label = topic.label();
            record.phrases = write(topic.phrases());
            record.refusal = topic.refusal();
            record.changedBy = changedBy;
            record.changedAt = clock.instant();
            record.persist();
            summariesToRecompute();
        });
        return topic;
    }

    @Override
    public boolean delete(String id, String changedBy) {
        boolean deleted = QuarkusTransaction.requiringNew().call(() -> {
            if (!TopicRecord.deleteById(id)) {
                return false;
            }
            summariesToRecompute();
            return true;
        });
        return deleted;
    }

    @Override
    public List<TopicMatch> matches(String text) {
        return matcher().matches(text);
    }

    /**
     * The list as it is in the database now, as a matcher. Read each time (a few rows), so a change
     * made on another replica counts at once.
     */
    public TopicMatcher matcher() {
        return new TopicMatcher(topics());
    }

    private void summariesToRecompute() {
        List<UUID> products = TopicRecord.getEntityManager()
                .createQuery("select distinct r.product from ReviewRecord r", UUID.class).getResultList();
        for (UUID product : products) {
            events.publish(new ReviewsChanged(UUID.randomUUID(), clock.instant(), product, ReviewsChanged.Reason.DO_NOT_GENERATE_CHANGED));
        }
    }

    private RegulatedTopic toTopic(TopicRecord record) {
        try {
            return new RegulatedTopic(record.id, record.label, json.readValue(record.phrases, PHRASES), record.refusal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("topic " + record.id + " has unreadable phrases", e);
        }
    }

    private String write(List<String> phrases) {
        try {
            return json.writeValueAsString(phrases);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
