package com.concierge.catalog.internal.demo;

import com.concierge.catalog.api.reasons.RuleText;
import com.concierge.catalog.api.reasons.RuleText.Cond;
import com.concierge.catalog.api.reasons.RuleText.Rule;
import com.concierge.catalog.api.search.Synonym;
import java.util.List;
import java.util.Map;

/** The demo store's reason rules per category, and the words shoppers use for them. */
final class DemoRules {

    private DemoRules() {
    }

    static final Map<String, List<Rule>> BY_CATEGORY = Map.ofEntries(
            Map.entry("blenders", List.of(lowest("quiet", "Quiet", "noise"), is("easy_to_clean", "Easy to clean", "dishwasher_safe"),
                    atMost("compact", "Compact", "jar_capacity", "1 L"), atLeast("powerful", "Powerful", "power", "1200 W"),
                    oneOf("durable", "Durable jar", "jar_material", "Tritan", "stainless steel"))),
            Map.entry("air-fryers", List.of(lowest("quiet", "Quiet", "noise"), is("easy_to_clean", "Easy to clean", "dishwasher_safe"),
                    atMost("compact", "Compact", "width", "12 in"), atLeast("family_size", "Family size", "capacity", "6 qt"))),
            Map.entry("coffee-makers", List.of(lowest("quiet", "Quiet", "noise"),
                    oneOf("beginner_friendly", "Beginner-friendly", "type", "drip", "pod"))),
            Map.entry("vacuums", List.of(lowest("quiet", "Quiet", "noise"), lowest("lightweight", "Lightweight", "weight"),
                    is("allergy_friendly", "Allergy-friendly", "hepa"), is("pet_friendly", "Great with pets", "pet_hair"))),
            Map.entry("headphones", List.of(lowest("lightweight", "Lightweight", "weight"),
                    new Rule("travel_friendly", "Travel-friendly", new Cond("all_of", null, null, null, null,
                            List.of(new Cond("is", "noise_cancelling", "yes", null, null, null), new Cond("is", "wireless", "yes", null, null, null)))),
                    atLeast("long_battery", "Long battery life", "battery_life", "30 h"))),
            Map.entry("running-shoes", List.of(lowest("lightweight", "Lightweight", "weight"),
                    atLeast("beginner_friendly", "Beginner-friendly (cushioned)", "stack_height", "30 mm"))),
            Map.entry("kids-toys", List.of(oneOf("giftable", "Giftable", "kind", "board game", "building set", "STEM kit"),
                    isNot("toddler_safe", "No small parts", "small_parts"))),
            Map.entry("kitchen-knives", List.of(oneOf("beginner_friendly", "Beginner-friendly", "steel", "German stainless"),
                    is("easy_to_clean", "Dishwasher safe", "dishwasher_safe"), new Rule("durable", "Holds an edge",
                            new Cond("at_least", "hardness", "60", null, null, null)))),
            Map.entry("luggage", List.of(oneOf("travel_friendly", "Carry-on friendly", "type", "carry-on", "backpack"),
                    lowest("lightweight", "Lightweight", "weight"), oneOf("durable", "Durable", "shell", "hardside"))),
            Map.entry("smart-home", List.of(is("privacy_friendly", "Works offline", "local_control"),
                    isNot("no_subscription", "No subscription", "subscription_required"),
                    atMost("energy_saving", "Low standby power", "standby_power", "0.5 W"))),
            Map.entry("blender-parts", List.of(is("easy_to_clean", "Dishwasher safe", "dishwasher_safe"))),
            Map.entry("vacuum-parts", List.of(is("washable", "Washable", "washable"))));

    /** Words that mean a reason code: a hard filter when a shopper types them. */
    static final List<Synonym> SYNONYMS = List.of(
            new Synonym("quiet", Synonym.Kind.REASON, "quiet"),
            new Synonym("easy to clean", Synonym.Kind.REASON, "easy_to_clean"),
            new Synonym("lightweight", Synonym.Kind.REASON, "lightweight"),
            new Synonym("compact", Synonym.Kind.REASON, "compact"),
            new Synonym("for travel", Synonym.Kind.REASON, "travel_friendly"),
            new Synonym("for beginners", Synonym.Kind.REASON, "beginner_friendly"),
            new Synonym("durable", Synonym.Kind.REASON, "durable"));

    private static Rule lowest(String code, String label, String attribute) {
        return new Rule(code, label, new Cond("lowest_percent", attribute, null, null, 25, null));
    }

    private static Rule is(String code, String label, String attribute) {
        return new Rule(code, label, new Cond("is", attribute, "yes", null, null, null));
    }

    private static Rule isNot(String code, String label, String attribute) {
        return new Rule(code, label, new Cond("is", attribute, "no", null, null, null));
    }

    private static Rule atMost(String code, String label, String attribute, String value) {
        return new Rule(code, label, new Cond("at_most", attribute, value, null, null, null));
    }

    private static Rule atLeast(String code, String label, String attribute, String value) {
        return new Rule(code, label, new Cond("at_least", attribute, value, null, null, null));
    }

    private static Rule oneOf(String code, String label, String attribute, String... values) {
        return new Rule(code, label, new Cond("one_of", attribute, null, List.of(values), null, null));
    }

    static List<com.concierge.catalog.api.reasons.ReasonRule> parsed(String category, List<com.concierge.catalog.api.attributes.AttributeDefinition> schema) {
        return BY_CATEGORY.getOrDefault(category, List.of()).stream().map(rule -> RuleText.parse(rule, schema)).toList();
    }
}
