package com.concierge.measurement.internal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.measurement.api.Kpi;
import com.concierge.measurement.internal.audit.AuditRecord;
import com.concierge.measurement.internal.intents.ConversationFacts;
import com.concierge.measurement.internal.intents.OrderFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KpiCalculatorTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-20");
    static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void conversationKpisFollowTheFormulas() {
        // blenders: choices after 30 s, 90 s, 600 s; one without an add to cart; one that added before it spoke (ignored)
        ConversationFacts a = conversation("blenders", 4, 2, 2, 0, 3, 0, 9, 1);
        a.firstCartAddAt = NINE.plusSeconds(30);
        a.orderedAt = NINE.plusSeconds(300);
        ConversationFacts b = conversation("blenders", 2, 1, 1, 1, 1, 1, 3, 0);
        b.firstCartAddAt = NINE.plusSeconds(90);
        b.handoffAt = NINE.plusSeconds(60);
        ConversationFacts c = conversation("blenders", 3, 0, 0, 0, 2, 1, 3, 0);
        c.firstCartAddAt = NINE.plusSeconds(600);
        ConversationFacts d = conversation("kettles", 1, 1, 0, 0, 0, 0, 0, 0); // asked, not answered, no cart
        ConversationFacts e = conversation(null, 1, 0, 0, 1, 0, 0, 0, 0);   // refused, no category

        List<Kpi> kpis = KpiCalculator.compute(DAY, List.of(a, b, c, d, e), List.of());

        assertThat(value(kpis, Kpi.ALL, KpiCalculator.CONVERSATIONS, Kpi.ALL)).isEqualTo(5.0);
        // nearest rank over [30, 90, 600]: p50 = rank 2 = 90 s, p90 = rank 3 = 600 s
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.TIME_TO_CHOICE_P50, Kpi.ALL)).isEqualTo(90.0);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.TIME_TO_CHOICE_P90, Kpi.ALL)).isEqualTo(600.0);
        assertThat(kpi(kpis, Kpi.ALL, KpiCalculator.TIME_TO_CHOICE_P50, Kpi.ALL).denominator()).isEqualTo(3.0);
        // asked: a (answered), b (answered but handed off), d (not answered) → 1 of 3 deflected
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.DEFLECTION, Kpi.ALL)).isEqualTo(1.0 / 3);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.CONVERSION, Kpi.ALL)).isEqualTo(1.0 / 5);
        // refused turns 1 + 1 of 4 + 2 + 3 + 1 + 1 turns
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.REFUSAL, Kpi.ALL)).isEqualTo(2.0 / 11);
        // zero-result turns 0 + 1 + 1 of 3 + 1 + 2 recommending turns
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.ZERO_RESULT, Kpi.ALL)).isEqualTo(2.0 / 6);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.SPONSORED_SHARE, Kpi.ALL)).isEqualTo(1.0 / 15);

        assertThat(value(kpis, "blenders", KpiCalculator.CONVERSATIONS, Kpi.ALL)).isEqualTo(3.0);
        assertThat(value(kpis, "blenders", KpiCalculator.DEFLECTION, Kpi.ALL)).isEqualTo(1.0 / 2);
        assertThat(value(kpis, "kettles", KpiCalculator.TIME_TO_CHOICE_P50, Kpi.ALL)).as("no add to cart: nothing to measure").isNull();
        assertThat(value(kpis, "kettles", KpiCalculator.DEFLECTION, Kpi.ALL)).isEqualTo(0.0);
        assertThat(value(kpis, "kettles", KpiCalculator.ZERO_RESULT, Kpi.ALL)).as("no recommending turn").isNull();
        assertThat(value(kpis, Kpi.NONE, KpiCalculator.REFUSAL, Kpi.ALL)).isEqualTo(1.0);
    }

    @Test
    void auditScoresAreMeanGradesPerCategory() {
        List<Kpi> kpis = KpiCalculator.compute(DAY, List.of(), List.of(),
                List.of(graded("blenders", 5, 4, 3), graded("blenders", 3, 5, 5), graded(null, 1, 1, 4)));

        assertThat(value(kpis, "blenders", KpiCalculator.AUDIT_ACCURACY, Kpi.ALL)).isEqualTo(4.0);
        assertThat(value(kpis, "blenders", KpiCalculator.AUDIT_POLICY, Kpi.ALL)).isEqualTo(4.5);
        assertThat(value(kpis, "blenders", KpiCalculator.AUDIT_SCORE, Kpi.ALL)).isEqualTo(25.0 / 6);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.AUDIT_TONE, Kpi.ALL)).isEqualTo(4.0);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.AUDIT_SCORE, Kpi.ALL)).isEqualTo(31.0 / 9);
        assertThat(kpi(kpis, Kpi.ALL, KpiCalculator.AUDIT_SCORE, Kpi.ALL).denominator()).isEqualTo(9.0);
        assertThat(value(kpis, Kpi.NONE, KpiCalculator.AUDIT_ACCURACY, Kpi.ALL)).isEqualTo(1.0);
        assertThat(value(KpiCalculator.compute(DAY, List.of(), List.of()), Kpi.ALL, KpiCalculator.AUDIT_SCORE, Kpi.ALL))
                .as("nothing graded: nothing to measure").isNull();
    }

    private static AuditRecord graded(String category, int accuracy, int policy, int tone) {
        AuditRecord a = new AuditRecord();
        a.category = category;
        a.accuracy = accuracy;
        a.policy = policy;
        a.tone = tone;
        a.status = AuditRecord.GRADED;
        return a;
    }

    @Test
    void orderKpisAreSplitByAssistance() {
        OrderFacts o1 = order("blenders", 12_000, true, true);
        OrderFacts o2 = order("blenders", 8_000, true, false);
        o2.returnedAt = NINE.plusSeconds(86_400);
        OrderFacts o3 = order("blenders", 5_000, false, false);
        o3.cancelledAt = NINE.plusSeconds(60);
        OrderFacts o4 = order("kettles", 3_000, false, true);
        o4.returnedAt = NINE.plusSeconds(3_600);

        List<Kpi> kpis = KpiCalculator.compute(DAY, List.of(), List.of(o1, o2, o3, o4));

        assertThat(value(kpis, Kpi.ALL, KpiCalculator.ORDERS, Kpi.ALL)).isEqualTo(4.0);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.ORDERS, Kpi.ASSISTED)).isEqualTo(2.0);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.AVERAGE_ORDER_VALUE, Kpi.ALL)).isEqualTo(7_000.0);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.AVERAGE_ORDER_VALUE, Kpi.ASSISTED)).isEqualTo(10_000.0);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.AVERAGE_ORDER_VALUE, Kpi.UNASSISTED)).isEqualTo(4_000.0);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.ATTACHMENT, Kpi.ASSISTED)).isEqualTo(0.5);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.ATTACHMENT, Kpi.UNASSISTED)).isEqualTo(0.5);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.RETURN, Kpi.ASSISTED)).isEqualTo(0.5);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.RETURN, Kpi.UNASSISTED)).isEqualTo(0.5);
        assertThat(value(kpis, "blenders", KpiCalculator.RETURN, Kpi.UNASSISTED)).isEqualTo(0.0);
        assertThat(value(kpis, Kpi.ALL, KpiCalculator.CANCELLATION, Kpi.ALL)).isEqualTo(0.25);
        assertThat(value(kpis, "kettles", KpiCalculator.ORDERS, Kpi.ASSISTED)).isEqualTo(0.0);
        assertThat(value(kpis, "kettles", KpiCalculator.AVERAGE_ORDER_VALUE, Kpi.ASSISTED)).as("no assisted kettle order").isNull();
    }

    @Test
    void nearestRankPercentiles() {
        assertThat(KpiCalculator.nearestRank(List.of(), 50)).isNull();
        assertThat(KpiCalculator.nearestRank(List.of(7.0), 90)).isEqualTo(7.0);
        List<Double> ten = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(KpiCalculator.nearestRank(ten, 50)).isEqualTo(5.0);
        assertThat(KpiCalculator.nearestRank(ten, 90)).isEqualTo(9.0);
        assertThat(KpiCalculator.nearestRank(ten, 91)).isEqualTo(10.0);
    }

    static ConversationFacts conversation(String category, int turns, int questions, int answered, int refused, int recommending,
                                          int zeroResults, int impressions, int sponsored) {
        ConversationFacts c = new ConversationFacts();
        c.id = UUID.randomUUID();
        c.startedAt = NINE;
        c.category = category;
        c.turns = turns;
        c.questions = questions;
        c.answered = answered;
        c.refused = refused;
        c.recommendingTurns = recommending;
        c.zeroResultTurns = zeroResults;
        c.impressions = impressions;
        c.sponsoredImpressions = sponsored;
        return c;
    }

    static OrderFacts order(String category, long total, boolean assisted, boolean attached) {
        OrderFacts o = new OrderFacts();
        o.orderId = UUID.randomUUID();
        o.placedAt = NINE;
        o.category = category;
        o.currency = "USD";
        o.totalMinor = total;
        o.assisted = assisted;
        o.attached = attached;
        return o;
    }

    static Kpi kpi(List<Kpi> kpis, String category, String name, String split) {
        return kpis.stream().filter(k -> k.category().equals(category) && k.name().equals(name) && k.split().equals(split))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + "/" + split + " for " + category + " in " + kpis));
    }

    static Double value(List<Kpi> kpis, String category, String name, String split) {
        return kpi(kpis, category, name, split).value();
    }
}
