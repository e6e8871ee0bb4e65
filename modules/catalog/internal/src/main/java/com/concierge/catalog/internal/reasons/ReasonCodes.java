package com.concierge.catalog.internal.reasons;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeValue;
import com.concierge.catalog.api.reasons.LabelChange;
import com.concierge.catalog.api.reasons.ReasonLabel;
import com.concierge.catalog.api.reasons.ReasonRule;
import com.concierge.catalog.api.reasons.ReasonRuleSet;
import com.concierge.catalog.api.reasons.RuleText;
import com.concierge.catalog.api.reasons.RuleVersion;
import com.concierge.catalog.internal.Category;
import com.concierge.catalog.internal.Product;
import com.concierge.catalog.internal.StoredLabel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * Reason codes as stored data: rule sets are versioned per category, every product of the category
 * is relabelled when the rules change (and when an import changes the products, since percentile
 * thresholds move), and every gained or lost label is written to the audit trail. Callers hold
 * the transaction.
 */
@ApplicationScoped
public class ReasonCodes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Clock clock = Clock.systemUTC();

    /** A new rule version and what it changed. */
    public record Relabelled(int version, List<LabelChange> changes) {
    }

    public Optional<ReasonRuleSet> current(String category) {
        CategoryDefinition schema = schema(category);
        return latest(category).map(record -> toRuleSet(record, schema));
    }

    /** Stores {@code rules} as the category's next version and relabels its products. */
    public Relabelled define(String category, List<ReasonRule> rules, String changedBy, String note) {
        CategoryDefinition schema = schema(category);
        Optional<ReasonRuleSet> previous = latest(category).map(record -> toRuleSet(record, schema));
        Instant now = clock.instant();
        ReasonRuleSet next = next(category, previous, rules, changedBy, now, note);
        new ReasonLabeler(category, schema.attributes()).label(next, Map.of()); // refuses rules the schema cannot satisfy
        ReasonRulesRecord record = new ReasonRulesRecord();
        record.category = category;
        record.version = next.version();
        record.rules = write(rules.stream().map(rule -> RuleText.format(rule, schema.attributes(), true)).toList());
        record.changedBy = changedBy;
        record.changedAt = now;
        record.note = note == null || note.isBlank() ? null : note.strip();
        record.persist();
        return new Relabelled(next.version(), relabel(next, schema, previous.map(ReasonRuleSet::version).orElse(0), now, java.util.Set.of()));
    }

    /**
     * Recomputes the category's labels with its current rules (after its products changed).
     *
     * @param newProducts products that did not exist before: their first labels are not changes, so
     *                    they stay out of the audit trail
     */
    public List<LabelChange> relabel(String category, java.util.Set<UUID> newProducts) {
        CategoryDefinition schema = schema(category);
        return latest(category).map(record -> {
            ReasonRuleSet rules = toRuleSet(record, schema);
            return relabel(rules, schema, rules.version(), clock.instant(), newProducts);
        }).orElse(List.of());
    }

    /**
     * {@link #relabel(String, java.util.Set)} for bulk imports: reads only ids, attributes and
     * labels, and writes the changed labels with batched SQL updates, bypassing the entity
     * lifecycle. Nothing is indexed; the caller re-indexes the category afterwards.
     */
    public List<LabelChange> relabelInBulk(String category, java.util.Set<UUID> newProducts) {
        CategoryDefinition schema = schema(category);
        Optional<ReasonRulesRecord> record = latest(category);
        if (record.isEmpty()) {
            return List.of();
        }
        ReasonRuleSet rules = toRuleSet(record.get(), schema);
        var em = Product.getEntityManager();
        List<Object[]> rows = em.createQuery("select p.id, p.attributes, p.reasonCodes from Product p where p.category = :c", Object[].class)
                .setParameter("c", category).getResultList();
        Map<UUID, Map<String, AttributeValue>> values = new HashMap<>();
        Map<UUID, List<StoredLabel>> stored = new HashMap<>();
        List<ReasonLabel> before = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            @SuppressWarnings("unchecked")
            Map<String, com.concierge.catalog.internal.StoredValue> attributes = (Map<String, com.concierge.catalog.internal.StoredValue>) row[1];
            @SuppressWarnings("unchecked")
            List<StoredLabel> labels = (List<StoredLabel>) row[2];
            Map<String, AttributeValue> checked = new LinkedHashMap<>();
            attributes.forEach((key, value) -> checked.put(key, value.toValue()));
            values.put(id, checked);
            stored.put(id, labels);
            labels.forEach(label -> before.add(new ReasonLabel(id, label.code(), label.ruleVersion(), label.because())));
        }
        List<ReasonLabel> after = new ReasonLabeler(category, schema.attributes()).label(rules, values);
        Map<UUID, List<StoredLabel>> labels = labelsById(rules, after);
        Map<UUID, String> changed = new LinkedHashMap<>();
        JsonLabels converter = new JsonLabels();
        stored.forEach((id, old) -> {
            List<StoredLabel> current = labels.getOrDefault(id, List.of());
            if (!current.equals(old)) {
                changed.put(id, converter.write(current));
            }
        });
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var update = connection.prepareStatement("UPDATE catalog_product SET reason_codes = ? WHERE id = ?")) {
                int pending = 0;
                for (var entry : changed.entrySet()) {
                    update.setString(1, entry.getValue());
                    update.setObject(2, entry.getKey());
                    update.addBatch();
                    if (++pending % 500 == 0) {
                        update.executeBatch();
                    }
                }
                update.executeBatch();
            }
        });
        List<LabelChange> changes = ReasonLabeler.diff(before, after, rules.version(), rules.version()).stream()
                .filter(change -> !newProducts.contains(change.product())).toList();
        audit(category, changes, clock.instant());
        return changes;
    }

    /** The labels column as the entity writes it. */
    private static final class JsonLabels {
        String write(List<StoredLabel> labels) {
            try {
                return JSON.writeValueAsString(labels);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Map<UUID, List<StoredLabel>> labelsById(ReasonRuleSet rules, List<ReasonLabel> after) {
        Map<String, String> titles = new HashMap<>();
        rules.rules().forEach(rule -> titles.put(rule.code(), rule.label()));
        Map<UUID, List<StoredLabel>> labels = new HashMap<>();
        after.forEach(label -> labels.computeIfAbsent(label.product(), id -> new ArrayList<>())
                .add(new StoredLabel(label.code(), titles.get(label.code()), label.ruleVersion(), label.because())));
        return labels;
    }

    public List<LabelChange> changes(String category, int limit) {
        return LabelChangeRecord.<LabelChangeRecord>find("category", Sort.descending("changedAt").and("product").and("code"), category)
                .page(0, limit).list().stream().map(LabelChangeRecord::toChange).toList();
    }

    private List<LabelChange> relabel(ReasonRuleSet rules, CategoryDefinition schema, int fromVersion, Instant now, java.util.Set<UUID> newProducts) {
        Labelled labelled = label(rules, schema);
        Map<UUID, List<StoredLabel>> labels = labelsById(rules, labelled.after());
        for (Product product : labelled.products()) {
            List<StoredLabel> current = labels.getOrDefault(product.id, List.of());
            if (!current.equals(product.reasonCodes)) {
                product.reasonCodes = new ArrayList<>(current); // reindexed at commit
            }
        }
        List<LabelChange> changes = ReasonLabeler.diff(labelled.before(), labelled.after(), fromVersion, rules.version()).stream()
                .filter(change -> !newProducts.contains(change.product())).toList();
        audit(rules.category(), changes, now);
        return changes;
    }

    /**
     * What {@link #define} would change with {@code rules}, changing nothing: every label a product
     * of the category would gain or lose (docs/console.md#reason-rules).
     */
    public List<LabelChange> preview(String category, List<ReasonRule> rules) {
        CategoryDefinition schema = schema(category);
        Optional<ReasonRuleSet> previous = latest(category).map(record -> toRuleSet(record, schema));
        ReasonRuleSet next = next(category, previous, rules, "preview", clock.instant(), null);
        Labelled labelled = label(next, schema);
        return ReasonLabeler.diff(labelled.before(), labelled.after(), previous.map(ReasonRuleSet::version).orElse(0), next.version());
    }

    /**
     * What of the category's current rules the proposed schema cannot hold (an attribute removed,
     * its type changed, an allowed value gone): a message per rule, empty when they all fit.
     */
    public List<String> conflicts(CategoryDefinition proposed) {
        Optional<ReasonRulesRecord> record = latest(proposed.key());
        if (record.isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        ReasonLabeler labeler = new ReasonLabeler(proposed.key(), proposed.attributes());
        for (RuleText.Rule rule : read(record.get().rules)) {
            try {
                ReasonRule parsed = RuleText.parse(rule, proposed.attributes());
                labeler.label(new ReasonRuleSet(proposed.key(), record.get().version, List.of(parsed), "check", clock.instant(), null), Map.of());
            } catch (IllegalArgumentException e) {
                problems.add("reason rule " + rule.code() + " (" + RuleText.line(rule.condition()) + "): " + e.getMessage());
            }
        }
        return problems;
    }

    /** The version {@code rules} would be after {@code previous} (the first when there is none). */
    private static ReasonRuleSet next(String category, Optional<ReasonRuleSet> previous, List<ReasonRule> rules, String changedBy, Instant now,
                                      String note) {
        return previous.map(p -> p.next(rules, changedBy, now, note)).orElseGet(() -> new ReasonRuleSet(category, 1, rules, changedBy, now, note));
    }

    /** Every stored version of the category's rules, newest first, as they were written (a later schema may no longer fit them). */
    public List<RuleVersion> history(String category) {
        return ReasonRulesRecord.<ReasonRulesRecord>find("category", Sort.descending("version"), category).list().stream()
                .map(r -> new RuleVersion(r.category, r.version, r.changedBy, r.changedAt, r.note, read(r.rules))).toList();
    }

    /** The category's products, their labels now and the labels {@code rules} give them. */
    private record Labelled(List<Product> products, List<ReasonLabel> before, List<ReasonLabel> after) {
    }

    private static Labelled label(ReasonRuleSet rules, CategoryDefinition schema) {
        List<Product> products = Product.list("category", rules.category());
        Map<UUID, Map<String, AttributeValue>> values = new HashMap<>();
        List<ReasonLabel> before = new ArrayList<>();
        for (Product product : products) {
            Map<String, AttributeValue> attributes = new LinkedHashMap<>();
            product.attributes.forEach((key, value) -> attributes.put(key, value.toValue()));
            values.put(product.id, attributes);
            product.reasonCodes.forEach(label -> before.add(new ReasonLabel(product.id, label.code(), label.ruleVersion(), label.because())));
        }
        return new Labelled(products, before, new ReasonLabeler(rules.category(), schema.attributes()).label(rules, values));
    }

    private static void audit(String category, List<LabelChange> changes, Instant now) {
        for (LabelChange change : changes) {
            LabelChangeRecord record = new LabelChangeRecord();
            record.id = UUID.randomUUID();
            record.category = category;
            record.product = change.product();
            record.code = change.code();
            record.kind = change.kind().name();
            record.fromVersion = change.fromVersion();
            record.toVersion = change.toVersion();
            record.because = change.because().length() > 1000 ? change.because().substring(0, 1000) : change.because();
            record.changedAt = now;
            record.persist();
        }
    }

    private static Optional<ReasonRulesRecord> latest(String category) {
        return ReasonRulesRecord.<ReasonRulesRecord>find("category", Sort.descending("version"), category).firstResultOptional();
    }

    private static CategoryDefinition schema(String category) {
        return Category.<Category>findByIdOptional(category).map(Category::toDefinition)
                .orElseThrow(() -> new NoSuchElementException("no category " + category));
    }

    private static ReasonRuleSet toRuleSet(ReasonRulesRecord record, CategoryDefinition schema) {
        List<ReasonRule> rules = read(record.rules).stream().map(rule -> RuleText.parse(rule, schema.attributes())).toList();
        return new ReasonRuleSet(record.category, record.version, rules, record.changedBy, record.changedAt, record.note);
    }

    private static String write(List<RuleText.Rule> rules) {
        try {
            return JSON.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<RuleText.Rule> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<RuleText.Rule>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reason rules are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
