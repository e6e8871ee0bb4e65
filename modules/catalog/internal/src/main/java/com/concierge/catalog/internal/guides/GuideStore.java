package com.concierge.catalog.internal.guides;

import com.concierge.catalog.api.guides.Guide;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Guides as data, one row each (docs/postpurchase.md#setup-and-troubleshooting). Callers hold the
 * transaction and check that the categories and products a guide names exist.
 */
@ApplicationScoped
public class GuideStore {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Comparator<Guide> MOST_SPECIFIC_FIRST = Comparator.comparingInt(Guide::specificity).reversed()
            .thenComparing(Guide::kind).thenComparing(Guide::id);

    private final Clock clock = Clock.systemUTC();

    public List<Guide> all() {
        return GuideRecord.<GuideRecord>listAll(Sort.by("id")).stream().map(GuideStore::read).toList();
    }

    public Optional<Guide> find(String id) {
        return GuideRecord.<GuideRecord>findByIdOptional(id).map(GuideStore::read);
    }

    /** The guides covering a product of a category: its own, then the category's, then the store's. */
    public List<Guide> covering(UUID product, String category) {
        return all().stream().filter(g -> g.covers(product, category)).sorted(MOST_SPECIFIC_FIRST).toList();
    }

    /** The guides for any product of a category (its own and the store's). */
    public List<Guide> ofCategory(String category) {
        return all().stream().filter(g -> g.products().isEmpty() && (g.categories().isEmpty() || g.categories().contains(category)))
                .sorted(MOST_SPECIFIC_FIRST).toList();
    }

    public Guide put(Guide guide) {
        Guide stored = guide.storedAt(clock.instant());
        String body = write(stored);
        GuideRecord record = GuideRecord.findById(guide.id());
        if (record == null) {
            record = new GuideRecord();
            record.id = guide.id();
        }
        record.kind = guide.kind().name();
        record.body = body;
        record.updatedAt = stored.updatedAt();
        record.persist();
        return stored;
    }

    public boolean delete(String id) {
        return GuideRecord.deleteById(id);
    }

    private static Guide read(GuideRecord record) {
        try {
            return JSON.readValue(record.body, Guide.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("guide " + record.id + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Guide guide) {
        try {
            return JSON.writeValueAsString(guide);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
