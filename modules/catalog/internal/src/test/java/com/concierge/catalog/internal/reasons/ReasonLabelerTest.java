package com.concierge.catalog.internal.reasons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeValue;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import com.concierge.catalog.api.reasons.Condition;
import com.concierge.catalog.api.reasons.LabelChange;
import com.concierge.catalog.api.reasons.ReasonLabel;
import com.concierge.catalog.api.reasons.ReasonRule;
import com.concierge.catalog.api.reasons.ReasonRuleSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Eight blenders, their noise, weight and cleaning; the merchandiser tunes "quiet". */
class ReasonLabelerTest {

    private static final List<AttributeDefinition> SCHEMA = List.of(
            AttributeDefinition.quantity("noise", "Noise level", Dimension.SOUND_LEVEL, Unit.DECIBEL, "20", "120", false),
            AttributeDefinition.quantity("weight", "Weight", Dimension.MASS, Unit.KILOGRAM, "0", "50000", false),
            AttributeDefinition.flag("dishwasher_safe", "Dishwasher-safe jar", false),
            AttributeDefinition.choice("jar_material", "Jar material", false, "glass", "Tritan", "stainless steel"));
    private static final Map<String, AttributeDefinition> BY_KEY = new HashMap<>();

    static {
        SCHEMA.forEach(d -> BY_KEY.put(d.key(), d));
    }

    private final ReasonLabeler labeler = new ReasonLabeler("blenders", SCHEMA);
    private final Map<UUID, Map<String, AttributeValue>> blenders = new LinkedHashMap<>();
    private final Map<Integer, UUID> byNoise = new HashMap<>();

    ReasonLabelerTest() {
        int[] noise = {75, 48, 62, 58, 52, 70, 55, 66};
        String[] weight = {"4.2 kg", "2.4 kg", "3.1 kg", "2950 g", "6 lb", "3.5 kg", "2.2 kg", "3.9 kg"};
        for (int i = 0; i < noise.length; i++) {
            UUID id = new UUID(0, i + 1);
            byNoise.put(noise[i], id);
            Map<String, AttributeValue> values = new HashMap<>();
            values.put("noise", value("noise", noise[i] + " dB"));
            values.put("weight", value("weight", weight[i]));
            values.put("dishwasher_safe", value("dishwasher_safe", i % 2 == 0 ? "yes" : "no"));
            values.put("jar_material", value("jar_material", i < 4 ? "glass" : "Tritan"));
            blenders.put(id, values);
        }
        blenders.put(new UUID(0, 99), Map.of("dishwasher_safe", value("dishwasher_safe", "yes"))); // states no noise
    }

    private static AttributeValue value(String key, String raw) {
        return BY_KEY.get(key).check(raw).orElseThrow();
    }

    private static ReasonRuleSet v1() {
        return new ReasonRuleSet("blenders", 1, List.of(
                new ReasonRule("quiet", "Quiet", new Condition.InLowestPercent("noise", 25)),
                new ReasonRule("lightweight", "Lightweight", new Condition.AtMost("weight", new BigDecimal("3000"))),
                new ReasonRule("easy_to_clean", "Easy to clean", new Condition.AllOf(List.of(
                        new Condition.Is("dishwasher_safe", true), new Condition.OneOf("jar_material", Set.of("glass"))))),
                new ReasonRule("loud", "Powerful", new Condition.InHighestPercent("noise", 25))),
                "mia", Instant.parse("2026-11-22T10:00:00Z"), "first rules");
    }

    private List<String> codesOf(List<ReasonLabel> labels, int noise) {
        UUID product = byNoise.get(noise);
        return labels.stream().filter(l -> l.product().equals(product)).map(ReasonLabel::code).toList();
    }

    @Test
    void quietIsTheCategorysQuietestQuarterAndSaysWhy() {
        List<ReasonLabel> labels = labeler.label(v1(), blenders);

        assertThat(labels.stream().filter(l -> l.code().equals("quiet")).map(ReasonLabel::product))
                .containsExactlyInAnyOrder(byNoise.get(48), byNoise.get(52));
        assertThat(labels).contains(new ReasonLabel(byNoise.get(52), "quiet", 1,
                "Noise level 52 dB ≤ 52 dB, the lowest 25% of 8 blenders stating it"));
        assertThat(codesOf(labels, 75)).contains("loud");
        assertThat(labels).noneMatch(l -> l.product().equals(new UUID(0, 99)) && l.code().equals("quiet"));
    }

    @Test
    void thresholdsComparedInCanonicalUnitsAndShownInTheDisplayUnit() {
        List<ReasonLabel> labels = labeler.label(v1(), blenders);

        assertThat(labels).contains(new ReasonLabel(byNoise.get(58), "lightweight", 1, "Weight 2.95 kg ≤ 3 kg"));
        assertThat(labels).contains(new ReasonLabel(byNoise.get(52), "lightweight", 1, "Weight 2.72 kg ≤ 3 kg")); // 6 lb
        assertThat(codesOf(labels, 62)).doesNotContain("lightweight"); // 3.1 kg
    }

    @Test
    void allConditionsMustHoldAndEachIsCited() {
        List<ReasonLabel> labels = labeler.label(v1(), blenders);

        assertThat(labels).contains(new ReasonLabel(byNoise.get(75), "easy_to_clean", 1, "Dishwasher-safe jar: yes and Jar material: glass"));
        assertThat(codesOf(labels, 52)).doesNotContain("easy_to_clean"); // dishwasher-safe, but a Tritan jar
    }

    @Test
    void changingTheRuleRelabelsAndTheDiffIsTheAuditTrail() {
        ReasonRuleSet v1 = v1();
        List<ReasonRule> rules = new ArrayList<>(v1.rules());
        rules.set(0, new ReasonRule("quiet", "Quiet", new Condition.AtMost("noise", new BigDecimal("56"))));
        ReasonRuleSet v2 = v1.next(rules, "mia", Instant.parse("2026-11-23T09:00:00Z"), "quiet = at most 56 dB");

        List<LabelChange> changes = ReasonLabeler.diff(labeler.label(v1, blenders), labeler.label(v2, blenders), 1, 2);

        assertThat(changes).containsExactly(new LabelChange(byNoise.get(55), "quiet", LabelChange.Kind.GAINED, 1, 2,
                "Noise level 55 dB ≤ 56 dB"));
        assertThat(labeler.label(v2, blenders)).allMatch(l -> l.ruleVersion() == 2);
    }

    @Test
    void theSameInputInAnyOrderGivesTheSameLabels() {
        List<ReasonLabel> reference = labeler.label(v1(), blenders);
        List<UUID> ids = new ArrayList<>(blenders.keySet());
        for (int seed = 0; seed < 10; seed++) {
            Collections.shuffle(ids, new java.util.Random(seed));
            Map<UUID, Map<String, AttributeValue>> shuffled = new LinkedHashMap<>();
            ids.forEach(id -> shuffled.put(id, blenders.get(id)));
            assertThat(labeler.label(v1(), shuffled)).containsExactlyElementsOf(reference);
        }
    }

    @Test
    void rulesThatCannotMeanAnythingAreRefused() {
        assertThatThrownBy(() -> labeler.label(rule(new Condition.AtMost("decibels", BigDecimal.TEN)), blenders))
                .hasMessage("rule r: blenders has no attribute 'decibels'");
        assertThatThrownBy(() -> labeler.label(rule(new Condition.AtMost("dishwasher_safe", BigDecimal.ONE)), blenders))
                .hasMessage("rule r: dishwasher_safe is BOOLEAN, not NUMBER");
        assertThatThrownBy(() -> labeler.label(rule(new Condition.OneOf("jar_material", Set.of("wood"))), blenders))
                .hasMessage("rule r: jar_material never has the value(s) [wood]");
        assertThatThrownBy(() -> new Condition.InLowestPercent("noise", 0)).hasMessageContaining("1–99");
        assertThatThrownBy(() -> new ReasonRuleSet("blenders", 1, List.of(
                new ReasonRule("quiet", null, new Condition.AtMost("noise", BigDecimal.TEN)),
                new ReasonRule("quiet", null, new Condition.AtMost("noise", BigDecimal.ONE))), "mia", Instant.now(), ""))
                .hasMessage("category blenders v1 has two rules for 'quiet'");
    }

    private static ReasonRuleSet rule(Condition condition) {
        return new ReasonRuleSet("blenders", 1, List.of(new ReasonRule("r", null, condition)), "mia", Instant.now(), "");
    }
}
