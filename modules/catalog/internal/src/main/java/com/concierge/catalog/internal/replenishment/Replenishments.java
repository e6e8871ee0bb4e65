package com.concierge.catalog.internal.replenishment;

import com.concierge.catalog.api.replenishment.ReplenishmentInterval;
import com.concierge.catalog.internal.Category;
import com.concierge.catalog.internal.Product;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/** Replenishment intervals as data (docs/postpurchase.md#replenishment): one row each. */
@ApplicationScoped
public class Replenishments {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public List<ReplenishmentInterval> all() {
        return ReplenishmentRecord.<ReplenishmentRecord>listAll(Sort.by("id")).stream().map(Replenishments::read).toList();
    }

    /** A product's interval: one naming it wins over one of its category. */
    @Transactional
    public Optional<ReplenishmentInterval> forProduct(UUID product) {
        Product found = Product.<Product>findByIdOptional(product).orElseThrow(() -> new NoSuchElementException("no product " + product));
        return all().stream().filter(i -> i.covers(found.id, found.category))
                .min(Comparator.comparing((ReplenishmentInterval i) -> i.products().isEmpty()).thenComparing(ReplenishmentInterval::id));
    }

    @Transactional
    public ReplenishmentInterval put(ReplenishmentInterval interval) {
        for (String category : interval.categories()) {
            if (Category.findById(category) == null) {
                throw new IllegalArgumentException("categories: no category '" + category + "'");
            }
        }
        for (UUID product : interval.products()) {
            if (Product.findById(product) == null) {
                throw new IllegalArgumentException("products: no product " + product);
            }
        }
        ReplenishmentRecord record = ReplenishmentRecord.findById(interval.id());
        if (record == null) {
            record = new ReplenishmentRecord();
            record.id = interval.id();
        }
        try {
            record.body = JSON.writeValueAsString(interval);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        record.updatedAt = clock.instant();
        record.persist();
        return interval;
    }

    @Transactional
    public boolean delete(String id) {
        return ReplenishmentRecord.deleteById(id);
    }

    private static ReplenishmentInterval read(ReplenishmentRecord record) {
        try {
            return JSON.readValue(record.body, ReplenishmentInterval.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("replenishment interval " + record.id + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
