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

    /**
     * One product's readiness (the product API asks for it on every product page): reads only the
     * category's questions and product count for its common questions, and scores this product alone.
     */
    public Optional<Readiness> of(UUID product, String region) {
        Product found = Product.findById(product);
        if (found == null) {
            return Optional.empty();
        }
        Map<String, List<String>> common = new HashMap<>();
        Set<String> own;
        if (found.category == null) {
            own = questions("where q.product.id = ?1", product).getOrDefault(product, Set.of());
        } else {
            Map<UUID, Set<String>> category = questions("where q.product.category = ?1", found.category);
            common.put(found.category, ReadinessScorer.commonQuestions((int) Product.count("category", found.category), category.values()));
            own = category.getOrDefault(product, Set.of());
        }
        return Optional.of(new ReadinessScorer(schemas(), common).score(facts(found, own, book(), region)));
    }

    private List<ReadinessScorer.Facts> facts(String category, String region) {
        List<Product> products = category == null ? Product.listAll() : Product.list("category", category);
        Map<UUID, Set<String>> questions = category == null ? questions("", null) : questions("where q.product.category = ?1", category);
        PolicyBook book = book();
        return products.stream().map(p -> facts(p, questions.getOrDefault(p.id, Set.of()), book, region)).toList();
    }

    private ReadinessScorer.Facts facts(Product product, Set<String> questions, PolicyBook book, String region) {
        LocalDate today = LocalDate.now(clock);
        return new ReadinessScorer.Facts(product.id, product.handle, product.title, product.category, product.attributes.keySet(),
                product.boundaries.size(), questions,
                book.answer(new ItemContext(product.id, product.category == null ? "" : product.category, region, today, false), today));
    }

    /** Product id → its questions, for the Q&A rows matching {@code where} (one parameter, or none). */
    private static Map<UUID, Set<String>> questions(String where, Object parameter) {
        var query = Product.getEntityManager().createQuery("select q.product.id, q.question from QaRecord q " + where, Object[].class);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        Map<UUID, Set<String>> questions = new HashMap<>();
        query.getResultList().forEach(row -> questions.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((String) row[1]));
        return questions;
    }

    private PolicyBook book() {
        Policies all = policies.all();
        return new PolicyBook(all.returns(), all.warranties(), all.shipping());
    }

    private static Map<String, List<AttributeDefinition>> schemas() {
        return Category.<Category>listAll().stream().map(Category::toDefinition)
                .collect(Collectors.toMap(CategoryDefinition::key, CategoryDefinition::attributes));
    }
}
