package com.concierge.measurement.internal.kpi;

import com.concierge.measurement.api.Kpi;
import com.concierge.measurement.internal.audit.AuditRecord;
import com.concierge.measurement.internal.intents.ConversationFacts;
import com.concierge.measurement.internal.intents.OrderFacts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The KPI formulas of docs/kpis.md, as one pure function of a day's conversations (those that
 * started that day) and orders (those placed that day). Every KPI is computed for all categories
 * ({@link Kpi#ALL}) and per category; order KPIs also per split (assisted / unassisted).
 */
public final class KpiCalculator {

    public static final String CONVERSATIONS = "conversations";
    public static final String TIME_TO_CHOICE_P50 = "time_to_confident_choice_p50_s";
    public static final String TIME_TO_CHOICE_P90 = "time_to_confident_choice_p90_s";
    public static final String DEFLECTION = "deflection_rate";
    public static final String CONVERSION = "conversion_rate";
    public static final String REFUSAL = "refusal_rate";
    public static final String ZERO_RESULT = "zero_result_rate";
    public static final String SPONSORED_SHARE = "sponsored_share";
    public static final String ORDERS = "orders";
    public static final String AVERAGE_ORDER_VALUE = "average_order_value_minor";
    public static final String ATTACHMENT = "attachment_rate";
    public static final String RETURN = "return_rate";
    public static final String CANCELLATION = "cancellation_rate";
    public static final String AUDIT_ACCURACY = "audit_accuracy";
    public static final String AUDIT_POLICY = "audit_policy";
    public static final String AUDIT_TONE = "audit_tone";
    public static final String AUDIT_SCORE = "audit_score";

    private KpiCalculator() {
    }

    public static List<Kpi> compute(LocalDate day, Collection<ConversationFacts> conversations, Collection<OrderFacts> orders) {
        return compute(day, conversations, orders, List.of());
    }

    /** All KPIs of the day; {@code audits} are the graded audit items of answers given that day. */
    public static List<Kpi> compute(LocalDate day, Collection<ConversationFacts> conversations, Collection<OrderFacts> orders,
                                    Collection<AuditRecord> audits) {
        List<Kpi> kpis = new ArrayList<>();
        for (Map.Entry<String, List<AuditRecord>> group : byCategory(audits, a -> a.category).entrySet()) {
            kpis.addAll(auditKpis(day, group.getKey(), group.getValue()));
        }
        for (Map.Entry<String, List<ConversationFacts>> group : byCategory(conversations, c -> c.category).entrySet()) {
            kpis.addAll(conversationKpis(day, group.getKey(), group.getValue()));
        }
        for (Map.Entry<String, List<OrderFacts>> group : byCategory(orders, o -> o.category).entrySet()) {
            List<OrderFacts> all = group.getValue();
            kpis.addAll(orderKpis(day, group.getKey(), Kpi.ALL, all));
            kpis.addAll(orderKpis(day, group.getKey(), Kpi.ASSISTED, all.stream().filter(o -> o.assisted).toList()));
            kpis.addAll(orderKpis(day, group.getKey(), Kpi.UNASSISTED, all.stream().filter(o -> !o.assisted).toList()));
        }
        return kpis;
    }

    private static List<Kpi> conversationKpis(LocalDate day, String category, List<ConversationFacts> cs) {
        List<Double> toChoice = cs.stream().filter(c -> c.firstCartAddAt != null && !c.firstCartAddAt.isBefore(c.startedAt))
                .map(c -> Duration.between(c.startedAt, c.firstCartAddAt).toMillis() / 1000.0).sorted().toList();
        List<ConversationFacts> asked = cs.stream().filter(c -> c.questions > 0).toList();
        return List.of(
                count(day, category, CONVERSATIONS, Kpi.ALL, cs.size()),
                percentile(day, category, TIME_TO_CHOICE_P50, toChoice, 50),
                percentile(day, category, TIME_TO_CHOICE_P90, toChoice, 90),
                ratio(day, category, DEFLECTION, Kpi.ALL, asked.stream().filter(c -> c.answered > 0 && c.handoffAt == null).count(), asked.size()),
                ratio(day, category, CONVERSION, Kpi.ALL, cs.stream().filter(c -> c.orderedAt != null).count(), cs.size()),
                ratio(day, category, REFUSAL, Kpi.ALL, sum(cs, c -> c.refused), sum(cs, c -> c.turns)),
                ratio(day, category, ZERO_RESULT, Kpi.ALL, sum(cs, c -> c.zeroResultTurns), sum(cs, c -> c.recommendingTurns)),
                ratio(day, category, SPONSORED_SHARE, Kpi.ALL, sum(cs, c -> c.sponsoredImpressions), sum(cs, c -> c.impressions)));
    }

    private static List<Kpi> orderKpis(LocalDate day, String category, String split, List<OrderFacts> os) {
        return List.of(
                count(day, category, ORDERS, split, os.size()),
                ratio(day, category, AVERAGE_ORDER_VALUE, split, sum(os, o -> o.totalMinor), os.size()),
                ratio(day, category, ATTACHMENT, split, count(os, o -> o.attached), os.size()),
                ratio(day, category, RETURN, split, count(os, o -> o.returnedAt != null), os.size()),
                ratio(day, category, CANCELLATION, split, count(os, o -> o.cancelledAt != null), os.size()));
    }

    /** Mean grades (1 to 5) of the graded answers; the score is the mean of all three grades. */
    private static List<Kpi> auditKpis(LocalDate day, String category, List<AuditRecord> as) {
        return List.of(
                ratio(day, category, AUDIT_ACCURACY, Kpi.ALL, sum(as, a -> a.accuracy), as.size()),
                ratio(day, category, AUDIT_POLICY, Kpi.ALL, sum(as, a -> a.policy), as.size()),
                ratio(day, category, AUDIT_TONE, Kpi.ALL, sum(as, a -> a.tone), as.size()),
                ratio(day, category, AUDIT_SCORE, Kpi.ALL, sum(as, a -> a.accuracy + a.policy + a.tone), 3.0 * as.size()));
    }

    /** Nearest rank: the smallest value with at least p % of the sample at or below it. */
    static Double nearestRank(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static Kpi percentile(LocalDate day, String category, String name, List<Double> sorted, int p) {
        Double value = nearestRank(sorted, p);
        return new Kpi(day, category, name, Kpi.ALL, value, value == null ? 0 : value, sorted.size());
    }

    private static Kpi count(LocalDate day, String category, String name, String split, long count) {
        return new Kpi(day, category, name, split, (double) count, count, 1);
    }

    private static Kpi ratio(LocalDate day, String category, String name, String split, double numerator, double denominator) {
        return new Kpi(day, category, name, split, denominator == 0 ? null : numerator / denominator, numerator, denominator);
    }

    private static <T> double sum(Collection<T> items, ToDoubleFunction<T> f) {
        return items.stream().mapToDouble(f).sum();
    }

    private static <T> long count(Collection<T> items, Predicate<T> test) {
        return items.stream().filter(test).count();
    }

    private static <T> Map<String, List<T>> byCategory(Collection<T> items, java.util.function.Function<T, String> category) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        groups.put(Kpi.ALL, List.copyOf(items));
        for (T item : items) {
            String key = category.apply(item);
            groups.computeIfAbsent(key == null ? Kpi.NONE : key, k -> new ArrayList<>()).add(item);
        }
        return groups;
    }
}
