package com.concierge.reviews.internal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the review reader knows, from {@code reviews/lexicon.json}: aspect terms (single
 * words or phrases), polarity words (general and per aspect), negators, excess markers ("too"),
 * safety topics and first-person words. Data, not code: edit the file to teach the reader.
 */
public final class Lexicon {

    /** Words this far before a word can negate it ("not very quiet", "never broke"). */
    static final int NEGATION_WINDOW = 3;

    /** An aspect: its key, its label and the phrases (token lists) that name it. */
    public record Aspect(String key, String label, List<List<String>> terms) {
    }

    private final List<Aspect> aspects;
    private final Map<String, Integer> polarity;
    private final Map<String, Map<String, Integer>> polarityByAspect;
    private final Set<String> negators;
    private final List<List<String>> excess;
    private final Map<String, List<List<String>>> safety;
    private final Set<String> firstPerson;
    private final Set<String> stopwords;
    private final List<List<String>> failures;
    private final List<List<String>> parts;

    private Lexicon(JsonNode root) {
        List<Aspect> list = new ArrayList<>();
        root.path("aspects").forEach(node -> list.add(new Aspect(node.path("key").asText(), node.path("label").asText(),
                phrases(node.path("terms")))));
        this.aspects = List.copyOf(list);
        Map<String, Integer> words = new HashMap<>();
        root.path("positive").forEach(word -> words.put(word.asText(), 1));
        root.path("negative").forEach(word -> words.put(word.asText(), -1));
        this.polarity = Map.copyOf(words);
        Map<String, Map<String, Integer>> byAspect = new HashMap<>();
        root.path("polarityByAspect").properties().forEach(entry -> {
            Map<String, Integer> scores = new HashMap<>();
            entry.getValue().properties().forEach(word -> scores.put(word.getKey(), word.getValue().asInt()));
            byAspect.put(entry.getKey(), Map.copyOf(scores));
        });
        this.polarityByAspect = Map.copyOf(byAspect);
        this.negators = words(root.path("negators"));
        this.excess = phrases(root.path("excess"));
        Map<String, List<List<String>>> topics = new LinkedHashMap<>();
        root.path("safety").properties().forEach(entry -> topics.put(entry.getKey(), phrases(entry.getValue())));
        this.safety = topics;
        this.firstPerson = words(root.path("firstPerson"));
        this.stopwords = words(root.path("stopwords"));
        this.failures = phrases(root.path("failures"));
        this.parts = phrases(root.path("parts"));
    }

    /** The lexicon shipped with the module. */
    public static Lexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Lexicon STANDARD = load("/reviews/lexicon.json");
    }

    static Lexicon load(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new Lexicon(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> words(JsonNode array) {
        Set<String> set = new HashSet<>();
        array.forEach(node -> set.add(Tokens.normalize(node.asText())));
        return Set.copyOf(set);
    }

    private static List<List<String>> phrases(JsonNode array) {
        List<List<String>> list = new ArrayList<>();
        array.forEach(node -> list.add(Tokens.words(node.asText())));
        return List.copyOf(list);
    }

    public List<Aspect> aspects() {
        return aspects;
    }

    public String label(String aspect) {
        return aspects.stream().filter(a -> a.key().equals(aspect)).map(Aspect::label).findFirst().orElse(aspect);
    }

    /** +1, -1 or 0 for a word, as it speaks of {@code aspect} (null: in general). */
    int polarity(String word, String aspect) {
        if (aspect != null) {
            Integer specific = polarityByAspect.getOrDefault(aspect, Map.of()).get(word);
            if (specific != null) {
                return specific;
            }
        }
        return polarity.getOrDefault(word, 0);
    }

    /** Whether {@code word} is by itself one of the words naming {@code aspect} ("clean" for cleaning). */
    boolean isTermOf(String word, String aspect) {
        for (Aspect candidate : aspects) {
            if (candidate.key().equals(aspect)) {
                return candidate.terms().stream().anyMatch(term -> term.size() == 1 && term.get(0).equals(word));
            }
        }
        return false;
    }

    /** A negator stands within {@link #NEGATION_WINDOW} words before {@code words[index]}. */
    boolean isNegated(List<String> words, int index) {
        for (int i = Math.max(0, index - NEGATION_WINDOW); i < index; i++) {
            if (negators.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The aspects {@code words} name, in lexicon order. */
    List<Aspect> aspectsIn(List<String> words) {
        return aspects.stream().filter(aspect -> aspect.terms().stream().anyMatch(term -> Tokens.find(words, term, 0) >= 0)).toList();
    }

    List<List<String>> excess() {
        return excess;
    }

    Map<String, List<List<String>>> safetyTopics() {
        return safety;
    }

    /** The failure phrases ("broke", "stopped working") in {@code words}, each with where it starts. */
    Map<Integer, String> failures(List<String> words) {
        return found(failures, words);
    }

    /** The parts ("handle", "charging port") named in {@code words}, each with where it starts. */
    Map<Integer, String> parts(List<String> words) {
        return found(parts, words);
    }

    private static Map<Integer, String> found(List<List<String>> phrases, List<String> words) {
        Map<Integer, String> found = new java.util.TreeMap<>();
        for (List<String> phrase : phrases) {
            for (int at = Tokens.find(words, phrase, 0); at >= 0; at = Tokens.find(words, phrase, at + 1)) {
                found.putIfAbsent(at, String.join(" ", phrase));
            }
        }
        return found;
    }

    boolean isStopword(String word) {
        return stopwords.contains(word);
    }

    boolean isFirstPerson(String word) {
        return firstPerson.contains(word);
    }
}
