package com.concierge.assistant.internal.intent;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.reasons.Condition;
import com.concierge.catalog.api.reasons.ReasonRule;
import com.concierge.catalog.api.search.Synonym;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Everything the intent parser can read words as, taken from the catalog: category names, each
 * category's attribute schema (labels, keys, allowed values, units), its reason codes and what
 * they measure, its variant options and brands, and the merchandisers' synonyms. Nothing here is
 * written in code; a schema or synonym edit changes what the assistant understands.
 */
public record Vocabulary(List<CategoryWords> categories, List<Synonym> synonyms, Set<String> sharedNameWords, Set<String> productWords) {

    /**
     * @param productWords every word (singular) of the products' titles and descriptions the vocabulary was
     *                     read from: a word the products use is never taken for the name of a thing the
     *                     store does not sell ("air fryer oven" where a product says "oven")
     */
    public Vocabulary {
        categories = List.copyOf(categories);
        synonyms = List.copyOf(synonyms);
        sharedNameWords = Set.copyOf(sharedNameWords);
        productWords = Set.copyOf(productWords);
    }

    public Vocabulary(List<CategoryWords> categories, List<Synonym> synonyms) {
        this(categories, synonyms, Set.of());
    }

    public Vocabulary(List<CategoryWords> categories, List<Synonym> synonyms, Set<String> productWords) {
        this(categories, synonyms, sharedNameWords(categories), productWords);
    }

    /** Attribute keys that, by the schema convention, say what a product is. */
    public static final Set<String> PRODUCT_TYPE_KEYS = Set.of("kind", "type", "form", "style");

    /**
     * Single words of a category's name that another category's schema also uses ("battery" names
     * vacuum filters and batteries, and is a smart home power source and a headphone's battery
     * life): on their own they do not move a conversation to that category. Computed once per
     * vocabulary (it is read per message).
     */
    private static Set<String> sharedNameWords(List<CategoryWords> categories) {
        Map<CategoryWords, Set<String>> schemaWords = new java.util.IdentityHashMap<>();
        for (CategoryWords category : categories) {
            Set<String> words = new java.util.HashSet<>();
            for (AttributeDefinition a : category.definition().attributes()) {
                words.addAll(Words.phrase(a.label()));
                a.allowedValues().forEach(v -> words.addAll(Words.phrase(v)));
            }
            schemaWords.put(category, words);
        }
        Set<String> shared = new java.util.HashSet<>();
        for (CategoryWords category : categories) {
            for (List<String> phrase : category.phrases()) {
                if (phrase.size() == 1 && categories.stream().anyMatch(o -> o != category && schemaWords.get(o).contains(phrase.get(0)))) {
                    shared.add(phrase.get(0));
                }
            }
        }
        return shared;
    }

    /** Which way a reason code's attribute goes for "more of it": quiet → less noise, powerful → more power. */
    public enum Direction { LESS, MORE }

    /**
     * A reason code of a category.
     *
     * @param attribute the attribute its rule reads, or null when it combines several
     * @param direction for a number attribute: which way is better, else null
     */
    public record Reason(String code, String label, String attribute, Direction direction) {

        /** Phrases naming it: the code's words and the label's ("easy to clean", "great with pets"). */
        public List<List<String>> phrases() {
            Set<List<String>> phrases = new LinkedHashSet<>();
            phrases.add(Words.phrase(code.replace('_', ' ')));
            phrases.add(Words.phrase(label));
            return List.copyOf(phrases);
        }

        static Reason of(ReasonRule rule) {
            return switch (rule.condition()) {
                case Condition.AtMost c -> new Reason(rule.code(), rule.label(), c.attribute(), Direction.LESS);
                case Condition.InLowestPercent c -> new Reason(rule.code(), rule.label(), c.attribute(), Direction.LESS);
                case Condition.AtLeast c -> new Reason(rule.code(), rule.label(), c.attribute(), Direction.MORE);
                case Condition.InHighestPercent c -> new Reason(rule.code(), rule.label(), c.attribute(), Direction.MORE);
                case Condition.Is c -> new Reason(rule.code(), rule.label(), c.attribute(), null);
                case Condition.OneOf c -> new Reason(rule.code(), rule.label(), c.attribute(), null);
                case Condition.AllOf c -> new Reason(rule.code(), rule.label(), null, null);
            };
        }
    }

    /**
     * One category's words.
     *
     * @param options   variant option name → values ("color" → black, red)
     * @param brands    the brands it carries
     * @param typeWords words of product titles that go with one product type only ("earbuds" → in-ear),
     *                  learned from the catalog by {@link TitleWords}
     * @param titleHeads the head nouns of its product titles that no other category's titles end with
     *                  ("spinner" for luggage, "plug" for smart home), learned by {@link TitleWords#heads}
     * @param sharedTitleWords title words of products of several product types ("brew" in "Grind &amp; Brew
     *                  Drip Coffee Maker" and "Cold Brew Maker"): they do not name one type, learned by
     *                  {@link TitleWords#shared}
     */
    public record CategoryWords(CategoryDefinition definition, List<Reason> reasons, Map<String, SortedSet<String>> options,
                                Set<String> brands, Map<String, String> typeWords, Set<String> titleHeads, Set<String> sharedTitleWords) {

        public CategoryWords {
            reasons = List.copyOf(reasons);
            options = Map.copyOf(options);
            brands = Set.copyOf(brands);
            typeWords = Map.copyOf(typeWords);
            titleHeads = Set.copyOf(titleHeads);
            sharedTitleWords = Set.copyOf(sharedTitleWords);
        }

        public CategoryWords(CategoryDefinition definition, List<Reason> reasons, Map<String, SortedSet<String>> options, Set<String> brands,
                             Map<String, String> typeWords) {
            this(definition, reasons, options, brands, typeWords, Set.of(), Set.of());
        }

        public CategoryWords(CategoryDefinition definition, List<Reason> reasons, Map<String, SortedSet<String>> options, Set<String> brands) {
            this(definition, reasons, options, brands, Map.of());
        }

        /** The attribute that says what the product is ({@link #PRODUCT_TYPE_KEYS}), if the schema has one. */
        public Optional<AttributeDefinition> productTypeAttribute() {
            return definition.attributes().stream().filter(a -> PRODUCT_TYPE_KEYS.contains(a.key()) && !a.allowedValues().isEmpty()).findFirst();
        }

        public String key() {
            return definition.key();
        }

        /** Phrases naming the category: its key and the parts of its name, in the singular ("kitchen knife", "game"). */
        public List<List<String>> phrases() {
            Set<List<String>> phrases = new LinkedHashSet<>();
            phrases.add(Words.phrase(definition.key().replace('-', ' ')));
            for (String part : definition.name().split("\\s+(?:and|&)\\s+|,")) {
                List<String> words = Words.phrase(part);
                if (!words.isEmpty()) {
                    phrases.add(words);
                }
            }
            return new ArrayList<>(phrases);
        }

        /**
         * The last word of each multi-word name part ("fryer", "knife", "jar") and the head nouns of
         * its product titles ("spinner", "plug"): name the category when nothing else does, and in a
         * conversation about another category only where that category's words do not use them
         * ("a blender with a glass jar" stays with blenders).
         */
        public List<List<String>> headNouns() {
            Set<List<String>> heads = new LinkedHashSet<>();
            for (List<String> phrase : phrases()) {
                if (phrase.size() > 1) {
                    heads.add(phrase.subList(phrase.size() - 1, phrase.size()));
                }
            }
            titleHeads.stream().sorted().forEach(w -> heads.add(List.of(w)));
            heads.removeAll(phrases());
            return new ArrayList<>(heads);
        }

        /**
         * Allowed values of the attribute that says what the product is (keyed {@code kind},
         * {@code type}, {@code form} or {@code style}: "video doorbell", "santoku", "carry-on",
         * "lid"): a product type names its category as its name does, when no conversation is under way.
         */
        public List<List<String>> productTypes() {
            List<List<String>> types = new ArrayList<>();
            for (AttributeDefinition attribute : definition.attributes()) {
                if (PRODUCT_TYPE_KEYS.contains(attribute.key())) {
                    attribute.allowedValues().stream().map(Words::phrase).filter(p -> !p.isEmpty()).forEach(types::add);
                }
            }
            typeWords.keySet().forEach(w -> types.add(List.of(w)));
            return types;
        }

        /** Every word its schema, options, brands and learned title words use (names, labels, values). */
        public Set<String> words() {
            Set<String> words = new java.util.HashSet<>();
            phrases().forEach(words::addAll);
            headNouns().forEach(words::addAll);
            definition.attributes().forEach(a -> {
                words.addAll(Words.phrase(a.label()));
                words.addAll(Words.phrase(a.key().replace('_', ' ')));
                a.allowedValues().forEach(v -> words.addAll(Words.phrase(v)));
            });
            options.forEach((name, values) -> {
                words.addAll(Words.phrase(name));
                values.forEach(v -> words.addAll(Words.phrase(v)));
            });
            brands.forEach(b -> words.addAll(Words.phrase(b)));
            words.addAll(typeWords.keySet());
            return words;
        }

        public Optional<AttributeDefinition> attribute(String key) {
            return definition.attributes().stream().filter(a -> a.key().equals(key)).findFirst();
        }

        public Optional<Reason> reason(String code) {
            return reasons.stream().filter(r -> r.code().equals(code)).findFirst();
        }

        /** The reason {@code code} where it ranks by one attribute in one direction ("quiet": noise, lower), as a measured preference does. */
        public Optional<Reason> ranking(String code) {
            return reason(code).filter(r -> r.attribute() != null && r.direction() != null);
        }
    }

    public Optional<CategoryWords> category(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
