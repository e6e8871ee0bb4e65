package com.concierge.catalog.internal.readiness;

import com.concierge.catalog.api.Readiness;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.policies.ItemPolicies;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Scores products for assistant readiness. Weights: required attributes 40, boundaries 20, common
 * questions 20, policies 20. A category's common questions are the ones asked about at least a
 * quarter of its products (and at least two), so the bar comes from the catalog's own Q&A rather
 * than a hand-kept list.
 */
public final class ReadinessScorer {

    static final double COMMON_SHARE = 0.25;

    /** What the scorer needs to know about one product. */
    public record Facts(UUID id, String handle, String title, String category, Set<String> statedAttributes, int boundaries,
                        Set<String> questions, ItemPolicies policies) {
    }

    private final Map<String, List<AttributeDefinition>> schemas;
    private final Map<String, List<String>> commonQuestions;

    /** @param all every product of the categories being scored (the common questions come from them) */
    public ReadinessScorer(Map<String, List<AttributeDefinition>> schemas, Collection<Facts> all) {
        this(schemas, all.stream().filter(f -> f.category() != null).collect(Collectors.groupingBy(Facts::category)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> commonQuestions(e.getValue().size(),
                        e.getValue().stream().map(Facts::questions).toList()))));
    }

    /** @param commonQuestions category key → its common questions (see {@link #commonQuestions(int, Collection)}) */
    public ReadinessScorer(Map<String, List<AttributeDefinition>> schemas, Map<String, List<String>> commonQuestions) {
        this.schemas = schemas;
        this.commonQuestions = new HashMap<>(commonQuestions);
    }

    /**
     * A category's common questions: those asked about at least a quarter of its products (and at
     * least two), normalized, sorted.
     *
     * @param products           how many products the category has
     * @param questionsByProduct the questions of each product that has any
     */
    public static List<String> commonQuestions(int products, Collection<? extends Collection<String>> questionsByProduct) {
        Map<String, Integer> asked = new LinkedHashMap<>();
        questionsByProduct.forEach(questions -> questions.stream().map(ReadinessScorer::normalize).distinct()
                .forEach(q -> asked.merge(q, 1, Integer::sum)));
        int bar = Math.max(2, (int) Math.ceil(products * COMMON_SHARE));
        return asked.entrySet().stream().filter(e -> e.getValue() >= bar).map(Map.Entry::getKey).sorted().toList();
    }

    public List<String> commonQuestions(String category) {
        return commonQuestions.getOrDefault(category, List.of());
    }

    public Readiness score(Facts product) {
        List<String> gaps = new ArrayList<>();
        List<AttributeDefinition> schema = product.category() == null ? List.of() : schemas.getOrDefault(product.category(), List.of());
        List<AttributeDefinition> required = schema.stream().filter(AttributeDefinition::required).toList();
        long stated = required.stream().filter(a -> product.statedAttributes().contains(a.key())).count();
        double requiredShare = required.isEmpty() ? (product.category() == null ? 0 : 1) : (double) stated / required.size();
        if (product.category() == null) {
            gaps.add("no category: the assistant cannot compare it on attributes");
        }
        required.stream().filter(a -> !product.statedAttributes().contains(a.key()))
                .forEach(a -> gaps.add("required attribute missing: " + a.label()));
        double boundaries = product.boundaries() > 0 ? 1 : 0;
        if (boundaries == 0) {
            gaps.add("no boundaries stated (what it does not do)");
        }
        List<String> common = commonQuestions(product.category());
        Set<String> answered = product.questions().stream().map(ReadinessScorer::normalize).collect(Collectors.toSet());
        long covered = common.stream().filter(answered::contains).count();
        double questions = common.isEmpty() ? 1 : (double) covered / common.size();
        common.stream().filter(q -> !answered.contains(q)).forEach(q -> gaps.add("common question unanswered: \"" + q + "\""));
        int policies = 0;
        if (product.policies().returns().policyId() != null) {
            policies++;
        } else {
            gaps.add("no return policy covers it in " + product.policies().item().region());
        }
        if (product.policies().warranty().policyId() != null) {
            policies++;
        } else {
            gaps.add("no warranty policy covers it in " + product.policies().item().region());
        }
        if (product.policies().shipping().policyId() != null) {
            policies++;
        } else {
            gaps.add("no shipping policy covers it in " + product.policies().item().region());
        }
        double policyShare = policies / 3.0;
        int score = (int) Math.round(40 * requiredShare + 20 * boundaries + 20 * questions + 20 * policyShare);
        return new Readiness(product.id(), product.handle(), product.title(), product.category(), score, round(requiredShare), boundaries,
                round(questions), round(policyShare), gaps);
    }

    static String normalize(String question) {
        return question.strip().toLowerCase(Locale.ROOT).replaceAll("[?!.]+$", "").replaceAll("\\s+", " ") + "?";
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
