package com.concierge.assistant.internal.intent;

import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Words shoppers use for a product type that the schema does not list, learned from what the
 * products are called: a title word that goes with one value of the category's product-type
 * attribute and no other ("Earbuds" only in titles of in-ear headphones) means that value
 * ("earbuds" → form in-ear). Nothing is written in code; a new line of products teaches its words.
 */
public final class TitleWords {

    /** Products of the type that must have the word in their title: most of them, and at least this many. */
    static final int MIN_PRODUCTS = 2;

    /** A word joined to the number before it by a hyphen: "7-Piece", "3-Quart". */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?-(\\p{L}+)");

    private TitleWords() {
    }

    /**
     * @param hits   a sample of the category's products (their titles and attributes)
     * @param known  words the vocabulary already reads (category names, values, brands): not learned again
     */
    public static Map<String, String> learn(AttributeDefinition type, List<ProductSummary> hits, Set<String> known) {
        Map<String, Map<String, Integer>> byWord = new HashMap<>();
        Map<String, Integer> perValue = new HashMap<>();
        for (ProductSummary hit : hits) {
            Object value = hit.attributes().get(type.key());
            if (!(value instanceof String v)) {
                continue;
            }
            perValue.merge(v, 1, Integer::sum);
            Set<String> words = new HashSet<>();
            // what a number counts ("7-Piece Knife Set", "12-Cup") is a count or a size, not what the product is;
            // a model number before a name ("Auris 220 Earbuds") is no count
            Set<String> counted = new HashSet<>();
            java.util.regex.Matcher count = COUNTED.matcher(hit.title());
            while (count.find()) {
                counted.add(count.group(1).toLowerCase(java.util.Locale.ROOT));
            }
            for (String token : Words.tokens(hit.title())) {
                if (counted.contains(token)) {
                    continue;
                }
                String word = Words.singular(token);
                // three letters only for a made thing ("cup" of "To-Go Cup"), never an abbreviation ("pro", "max")
                if ((word.length() >= 4 || word.length() == 3 && Things.madeThing(word)) && word.chars().allMatch(Character::isLetter)
                        && !Words.STOPWORDS.contains(word) && !known.contains(word) && !known.contains(token)) {
                    words.add(word);
                }
            }
            words.forEach(w -> byWord.computeIfAbsent(w, k -> new HashMap<>()).merge(v, 1, Integer::sum));
        }
        Map<String, String> learned = new TreeMap<>();
        byWord.forEach((word, values) -> {
            if (values.size() != 1) {
                return; // "wireless" names in-ear and over-ear alike
            }
            Map.Entry<String, Integer> only = values.entrySet().iterator().next();
            int ofType = perValue.get(only.getKey());
            if (only.getValue() >= MIN_PRODUCTS && only.getValue() * 2 >= ofType) {
                learned.put(word, only.getKey());
            }
        });
        return learned;
    }

    /** Title words of products of two or more values of {@code type} ("brew": drip and cold brew makers). */
    public static Set<String> shared(AttributeDefinition type, List<ProductSummary> hits) {
        Map<String, Set<Object>> byWord = new HashMap<>();
        for (ProductSummary hit : hits) {
            Object value = hit.attributes().get(type.key());
            if (value != null) {
                Words.tokens(hit.title()).forEach(t -> byWord.computeIfAbsent(Words.singular(t), k -> new HashSet<>()).add(value));
            }
        }
        Set<String> shared = new java.util.TreeSet<>();
        byWord.forEach((word, values) -> {
            if (values.size() > 1) {
                shared.add(word);
            }
        });
        return shared;
    }

    /**
     * The head noun of a product title: its last word before what qualifies it ("… Carry-On
     * Spinner with TSA Lock" → "spinner", "Nestor Smart Plug (Matter)" → "plug"), in the singular.
     */
    static Optional<String> head(String title) {
        String main = title.replaceAll("\\([^)]*\\)", " ").split("(?i)\\s+(?:with|for|in|by)\\s+|\\s+[-–—|/]\\s+|,", 2)[0];
        List<String> tokens = Words.tokens(main);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String word = Words.singular(tokens.get(i));
            if (word.length() >= 3 && word.chars().allMatch(Character::isLetter) && !Words.STOPWORDS.contains(word)) {
                // a unit ("To-Go Cup") is said of every category's sizes: it names none
                return com.concierge.catalog.api.attributes.Unit.parse(word).isPresent() ? Optional.empty() : Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /**
     * The head nouns that name one category: the title head of at least {@link #MIN_PRODUCTS} of its
     * products and of no product of another category ("spinner" → luggage; "set" ends knife sets
     * and building sets, so names neither).
     *
     * @param titles category key → a sample of its product titles
     */
    public static Map<String, Set<String>> heads(Map<String, List<String>> titles) {
        Map<String, Map<String, Integer>> byHead = new HashMap<>();
        titles.forEach((category, list) -> list.forEach(t -> head(t).ifPresent(h ->
                byHead.computeIfAbsent(h, k -> new HashMap<>()).merge(category, 1, Integer::sum))));
        Map<String, Set<String>> heads = new TreeMap<>();
        byHead.forEach((head, categories) -> {
            if (categories.size() == 1 && categories.values().iterator().next() >= MIN_PRODUCTS) {
                heads.computeIfAbsent(categories.keySet().iterator().next(), k -> new java.util.TreeSet<>()).add(head);
            }
        });
        return heads;
    }
}
