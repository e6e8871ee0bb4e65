package com.concierge.assistant.internal.intent;

import java.util.List;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Word stems for comparing a merchandiser's description with the shopper's wording ("plugs",
 * "plugged", "plug" → "plug"; "charging", "charge" → "charg"), by the Snowball English stemmer that
 * ships with Lucene, which the parser already uses for spelling. Only the loose reading of
 * merchandiser synonyms uses stems; everything else compares whole words.
 */
final class Stems {

    /**
     * Words a description may say differently or leave out: "set it the night before" is "set up the
     * night before". Prepositions stay: "sit on the ear" is no "sit inside the ear".
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "my", "me", "i", "it", "its", "your", "you", "our", "we",
            "they", "them", "their", "his", "her", "he", "she", "that", "this", "which", "can", "could", "will", "would", "be", "is", "are",
            "do", "does", "just", "so");

    private Stems() {
    }

    /** The stem of one lower-case word. */
    static String of(String word) {
        EnglishStemmer stemmer = new EnglishStemmer(); // not thread-safe, and cheap to make
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The stems of the words of {@code phrase} that carry its meaning, in order (made once per phrase entry of a vocabulary). */
    static List<String> content(List<String> phrase) {
        return phrase.stream().filter(w -> !FUNCTION_WORDS.contains(w)).map(Stems::of).toList();
    }
}
