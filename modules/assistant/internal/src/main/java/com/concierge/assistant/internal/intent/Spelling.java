package com.concierge.assistant.internal.intent;

import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.Unit;
import com.concierge.catalog.api.search.Synonym;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.PlainTextDictionary;
import org.apache.lucene.search.spell.SpellChecker;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Misspelt words corrected to the store's own words ("blendr" → blender, "vaccum" → vacuum,
 * "dishwsher" → dishwasher): Lucene's spell checker over every word the parser can read, taken
 * from the catalog (category names, attribute labels and values, brands, options, reason codes,
 * synonyms, units) and the parser's own phrases ("under", "least"). ADR 18.
 *
 * <p>A correction is made only when it is unambiguous: one word at the smallest edit distance
 * (a swap of two letters counts as one edit), one edit for words of four to six letters, up to two
 * from seven. Shorter words are never corrected ("dad" is not a typo for "pad"), nor real English
 * words ({@link EnglishWords}: "night" is not a typo for "eight"), nor a word whose singular or
 * plural the store knows.
 */
public final class Spelling {

    /** Corrects nothing. */
    public static final Spelling NONE = new Spelling(null, Set.of(), Set.of());

    private static final int MIN_LENGTH = 4;
    private static final int TWO_EDITS_FROM = 7;
    /** Answers kept per speller (it lives as long as the vocabulary it was built from). */
    private static final int MAX_REMEMBERED = 10_000;

    private static final LuceneLevenshteinDistance DISTANCE = new LuceneLevenshteinDistance();

    private final SpellChecker checker;
    private final Set<String> known;
    /** The store's own names among the known words (not the words of merchandisers' descriptions). */
    private final Set<String> names;
    private final ConcurrentHashMap<String, Optional<String>> answers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> nearby = new ConcurrentHashMap<>();

    private Spelling(SpellChecker checker, Set<String> known, Set<String> names) {
        this.checker = checker;
        this.known = known;
        this.names = names;
    }

    /** A speller over the words of {@code vocabulary} and {@code grammar}. */
    public static Spelling of(Vocabulary vocabulary, Collection<String> grammar) {
        Set<String> words = new TreeSet<>(grammar);
        for (Vocabulary.CategoryWords category : vocabulary.categories()) {
            category.phrases().forEach(words::addAll);
            words.addAll(Words.tokens(category.definition().name()));
            for (AttributeDefinition attribute : category.definition().attributes()) {
                words.addAll(Words.tokens(attribute.label()));
                words.addAll(Words.tokens(attribute.key().replace('_', ' ')));
                attribute.allowedValues().forEach(v -> words.addAll(Words.tokens(v)));
            }
            category.reasons().forEach(r -> r.phrases().forEach(words::addAll));
            category.options().forEach((name, values) -> {
                words.addAll(Words.tokens(name));
                values.forEach(v -> words.addAll(Words.tokens(v)));
            });
            category.brands().forEach(b -> words.addAll(Words.tokens(b)));
            words.addAll(category.typeWords().keySet());
        }
        for (Unit unit : Unit.values()) {
            unit.names().forEach(n -> words.addAll(Words.tokens(n)));
        }
        // the words of merchandisers' synonyms are known too, but a misspelling near one of them and
        // as near a name of the store is the name: "blendr" is "blender", not the "blend" of "blend frozen fruit"
        Set<String> described = new TreeSet<>();
        for (Synonym synonym : vocabulary.synonyms()) {
            described.addAll(Words.tokens(synonym.term()));
        }
        words.removeIf(w -> w.length() < 2 || !w.chars().allMatch(Character::isLetter));
        described.removeIf(w -> w.length() < 2 || !w.chars().allMatch(Character::isLetter) || words.contains(w));
        return of(words, described);
    }

    /** A speller over exactly {@code words} (lower case, one per entry). */
    public static Spelling of(Collection<String> words) {
        return of(words, Set.of());
    }

    /** A speller over {@code names} and, yielding to them on a tie, {@code others}. */
    private static Spelling of(Collection<String> names, Collection<String> others) {
        Set<String> known = new TreeSet<>(names);
        known.addAll(others);
        try {
            SpellChecker checker = new SpellChecker(new ByteBuffersDirectory(), DISTANCE);
            checker.indexDictionary(new PlainTextDictionary(new StringReader(String.join("\n", known))),
                    new IndexWriterConfig(), true);
            return new Spelling(checker, Set.copyOf(known), Set.copyOf(names));
        } catch (IOException e) {
            throw new UncheckedIOException("the spelling index could not be built in memory", e);
        }
    }

    public boolean knows(String word) {
        return known.contains(word);
    }

    /** The one word {@code word} is a misspelling of, or empty when it is known, too short or ambiguous. */
    public Optional<String> correct(String word) {
        if (!correctable(word)) {
            return Optional.empty();
        }
        Optional<String> remembered = answers.get(word);
        if (remembered != null) {
            return remembered;
        }
        Optional<String> answer = nearest(word);
        if (answers.size() < MAX_REMEMBERED) {
            answers.put(word, answer);
        }
        return answer;
    }

    /** Whether {@code word} may be a misspelling: unknown, long enough, letters only; "program" is no typo of "programs", "night" none of "eight". */
    private boolean correctable(String word) {
        return checker != null && word.length() >= MIN_LENGTH && !known.contains(word) && word.chars().allMatch(Character::isLetter)
                && !known.contains(Words.singular(word)) && !pluralKnown(word) && !EnglishWords.contains(word);
    }

    /** Whether {@code word} is the singular of a known plural: "program" of "programs", not "hardnes" of "hardness". */
    private boolean pluralKnown(String word) {
        return known.contains(word + "s") && Words.singular(word + "s").equals(word);
    }

    private Optional<String> nearest(String word) {
        List<String> closest = closest(word);
        if (closest.size() > 1 && closest.stream().filter(names::contains).count() == 1) {
            return closest.stream().filter(names::contains).findFirst(); // "blender" over the "blend" of a description
        }
        // two words as near ("vase" or "case" for "vace"): guessing would put words in the shopper's mouth
        return closest.size() == 1 ? Optional.of(closest.get(0)) : Optional.empty();
    }

    /**
     * The known words nearest {@code word} (within the edits its length allows), all as near; empty when it is known,
     * too short or a word of English. The parser picks among them by where the word stands ("quiter than" → "quieter").
     */
    public List<String> closest(String word) {
        if (!correctable(word)) {
            return List.of();
        }
        String[] suggestions;
        try {
            suggestions = checker.suggestSimilar(word, 8, 0.5f);
        } catch (IOException e) {
            return List.of();
        }
        int allowed = word.length() >= TWO_EDITS_FROM ? 2 : 1;
        int best = Integer.MAX_VALUE;
        List<String> closest = new ArrayList<>();
        for (String suggestion : suggestions) {
            int edits = edits(word, suggestion);
            if (edits > allowed || edits > best) {
                continue;
            }
            if (edits < best) {
                best = edits;
                closest.clear();
            }
            closest.add(suggestion);
        }
        return closest;
    }

    /**
     * The known words within {@code maxEdits} edits of {@code word}, even when it is a word of English or short
     * (three letters on): for the parser to try where a neighbouring word says which was meant ("bored game" is a
     * "board game", "tsa lok" a "TSA lock"). Empty for a known word.
     */
    public List<String> near(String word, int maxEdits) {
        if (checker == null || word.length() < 3 || known.contains(word) || !word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        String key = word + " " + maxEdits;
        List<String> remembered = nearby.get(key);
        if (remembered != null) {
            return remembered;
        }
        List<String> found;
        try {
            found = java.util.Arrays.stream(checker.suggestSimilar(word, 20, 0.3f)).filter(s -> edits(word, s) <= maxEdits).toList();
        } catch (IOException e) {
            return List.of();
        }
        if (nearby.size() < MAX_REMEMBERED) {
            nearby.put(key, found);
        }
        return found;
    }

    /**
     * Edits between the two words, from Lucene's Damerau-Levenshtein similarity (the one its fuzzy
     * queries use), which is {@code 1 - edits / (length of the shorter word)}.
     */
    static int edits(String a, String b) {
        float similarity = DISTANCE.getDistance(a, b);
        return Math.round((1 - similarity) * Math.min(a.length(), b.length()));
    }
}
