package com.concierge.catalog.internal.reasons;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeValue;
import com.concierge.catalog.api.reasons.LabelChange;
import com.concierge.catalog.api.reasons.ReasonLabel;
import com.concierge.catalog.api.reasons.ReasonRule;
import com.concierge.catalog.api.reasons.ReasonRuleSet;
import com.concierge.catalog.api.reasons.RuleText;
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
        ReasonRuleSet next = previous.map(p -> p.next(rules, changedBy, now, note))
                .orElseGet(() -> new ReasonRuleSet(category, 1, rules, changedBy, now, note));
        new ReasonLabeler(category, schema.attributes()).label(next, Map.of()); // refuses rules the schema cannot satisfy
        ReasonRulesRecord record = new ReasonRulesRecord();
        record.category = category;
        record.version = next.version();
        record.rules = write(rules.stream().map(rule -> RuleText.format(rule, schema.attributes(), true)).toList());
        record.changedBy = changedBy;
        record.changedAt = now;
        record.note = note == null || note.isBlank() ? null : note.strip();
        record.persist();
        return new Relabelled(next.version(), relabel(next, schema, previous.map(ReasonRuleSet::version).orElse(0), now));
    }

    /** Recomputes the category's labels with its current rules (after its products changed). */
    public List<LabelChange> relabel(String category) {
        CategoryDefinition schema = schema(category);
        return latest(category).map(record -> {
            ReasonRuleSet rules = toRuleSet(record, schema);
            return relabel(rules, schema, rules.version(), clock.instant());
        }).orElse(List.of());
    }

    public List<LabelChange> changes(String category, int limit) {
        return LabelChangeRecord.<LabelChangeRecord>find("category", Sort.descending("changedAt").and("product").and("code"), category)
                .page(0, limit).list().stream().map(LabelChangeRecord::toChange).toList();
    }

    private List<LabelChange> relabel(ReasonRuleSet rules, CategoryDefinition schema, int fromVersion, Instant now) {
        List<Product> products = Product.list("category", rules.category());
        Map<UUID, Map<String, AttributeValue>> values = new HashMap<>();
        List<ReasonLabel> before = new ArrayList<>();
        Map<UUID, Product> byId = new HashMap<>();
        for (Product product : products) {
            byId.put(product.id, product);
            Map<String, AttributeValue> attributes = new LinkedHashMap<>();
            product.attributes.forEach((key, value) -> attributes.put(key, value.toValue()));
            values.put(product.id, attributes);
            product.reasonCodes.forEach(label -> before.add(new ReasonLabel(product.id, label.code(), label.ruleVersion(), label.because())));
        }
        List<ReasonLabel> after = new ReasonLabeler(rules.category(), schema.attributes()).label(rules, values);
        Map<String, String> titles = new HashMap<>();
        rules.rules().forEach(rule -> titles.put(rule.code(), rule.label()));
        Map<UUID, List<StoredLabel>> labels = new HashMap<>();
        after.forEach(label -> labels.computeIfAbsent(label.product(), id -> new ArrayList<>())
                .add(new StoredLabel(label.code(), titles.get(label.code()), label.ruleVersion(), label.because())));
        for (Product product : products) {
            List<StoredLabel> now2 = labels.getOrDefault(product.id, List.of());
            if (!now2.equals(product.reasonCodes)) {
                product.reasonCodes = new ArrayList<>(now2); // reindexed at commit
            }
        }
        List<LabelChange> changes = ReasonLabeler.diff(before, after, fromVersion, rules.version());
        for (LabelChange change : changes) {
            LabelChangeRecord record = new LabelChangeRecord();
            record.id = UUID.randomUUID();
            record.category = rules.category();
            record.product = change.product();
            record.code = change.code();
            record.kind = change.kind().name();
            record.fromVersion = change.fromVersion();
            record.toVersion = change.toVersion();
            record.because = change.because().length() > 1000 ? change.because().substring(0, 1000) : change.because();
            record.changedAt = now;
            record.persist();
        }
        return changes;
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
