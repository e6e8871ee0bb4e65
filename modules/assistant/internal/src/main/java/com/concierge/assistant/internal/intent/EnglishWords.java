package com.concierge.assistant.internal.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Whole English words, from the WordPiece vocabulary of the embedding model the store already ships
 * (bge-small-en-v1.5's tokenizer, inside its Maven Central jar; about 20,000 whole words). A word
 * listed there is a real word and never a typo to correct: "night" is not a misspelt "eight", nor
 * "died" a misspelt "did". Misspellings ("blendr", "vaccum", "dishwaser") are not whole words there.
 */
final class EnglishWords {

    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static volatile Set<String> words;

    private EnglishWords() {
    }

    /** Whether {@code word} (lower case) is a whole word of the model's vocabulary; false when the vocabulary is not on the class path. */
    static boolean contains(String word) {
        return all().contains(word);
    }

    private static Set<String> all() {
        Set<String> local = words;
        if (local == null) {
            synchronized (EnglishWords.class) {
                local = words;
                if (local == null) {
                    words = local = load();
                }
            }
        }
        return local;
    }

    private static Set<String> load() {
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                return Set.of();
            }
            JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
            Set<String> found = new HashSet<>();
            for (Iterator<String> names = vocab.fieldNames(); names.hasNext(); ) {
                String token = names.next();
                if (token.length() >= 2 && token.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    found.add(token); // "##ing" pieces and "[UNK]" markers are not words
                }
            }
            return Set.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedding model's vocabulary could not be read", e);
        }
    }
}
