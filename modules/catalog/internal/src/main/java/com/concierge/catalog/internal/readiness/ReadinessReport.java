package com.concierge.catalog.internal.readiness;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.Readiness;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.policies.ItemContext;
import com.concierge.catalog.api.policies.Policies;
import com.concierge.catalog.internal.Category;
import com.concierge.catalog.internal.Product;
import com.concierge.catalog.internal.policies.PolicyBook;
import com.concierge.catalog.internal.policies.PolicyStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Readiness of the catalog's products, read from the database. Callers hold the transaction. */
@ApplicationScoped
public class ReadinessReport {

    private final PolicyStore policies;
    private final Clock clock = Clock.systemUTC();

    ReadinessReport(PolicyStore policies) {
        this.policies = policies;
    }

    /** The least ready products first (ties by handle), of one category or all. */
    public List<Readiness> worstFirst(String category, String region, int limit) {
        List<ReadinessScorer.Facts> facts = facts(category, region);
        ReadinessScorer scorer = new ReadinessScorer(schemas(), facts);
        return facts.stream().map(scorer::score)
                .sorted(Comparator.comparingInt(Readiness::score).thenComparing(Readiness::handle))
                .limit(limit).toList();
    }

    public Optional<Readiness> of(UUID product, String region) {
        Product found = Product.findById(product);
        if (found == null) {
            return Optional.empty();
        }
        List<ReadinessScorer.Facts> facts = facts(found.category, region);
        ReadinessScorer scorer = new ReadinessScorer(schemas(), facts);
        return facts.stream().filter(f -> f.id().equals(product)).findFirst().map(scorer::score);
    }

    private List<ReadinessScorer.Facts> facts(String category, String region) {
        List<Product> products = category == null ? Product.listAll() : Product.list("category", category);
        Map<UUID, Set<String>> questions = new HashMap<>();
        String where = category == null ? "" : " where q.product.category = ?1";
        var query = Product.getEntityManager().createQuery("select q.product.id, q.question from QaRecord q" + where, Object[].class);
        if (category != null) {
            query.setParameter(1, category);
        }
        query.getResultList().forEach(row -> questions.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((String) row[1]));
        Policies all = policies.all();
        PolicyBook book = new PolicyBook(all.returns(), all.warranties(), all.shipping());
        LocalDate today = LocalDate.now(clock);
        return products.stream().map(p -> new ReadinessScorer.Facts(p.id, p.handle, p.title, p.category, p.attributes.keySet(),
                p.boundaries.size(), questions.getOrDefault(p.id, Set.of()),
                book.answer(new ItemContext(p.id, p.category == null ? "" : p.category, region, today, false), today))).toList();
    }

    private static Map<String, List<AttributeDefinition>> schemas() {
        return Category.<Category>listAll().stream().map(Category::toDefinition)
                .collect(Collectors.toMap(CategoryDefinition::key, CategoryDefinition::attributes));
    }
}
