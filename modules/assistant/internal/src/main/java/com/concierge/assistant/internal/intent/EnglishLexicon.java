package com.concierge.assistant.internal.intent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;

/**
 * The English lexicon of LanguageTool ({@code org.languagetool:english-pos-dict}, a morfologik
 * dictionary of about 300,000 inflected forms with their parts of speech, on Maven Central; ADR 27).
 * A word it holds is a real word, so the spell checker never "corrects" it ("a stocking filler" is no
 * misspelt "filter"); {@link EnglishWords}, the embedding model's 20,000 whole words, missed such
 * words. Read once; a lookup is a walk of a finite-state automaton, microseconds.
 */
final class EnglishLexicon {

    private static final String DICTIONARY = "/org/languagetool/resource/en/english.dict";
    private static final Dictionary LEXICON = load();
    /** A lookup keeps buffers of its own, so each thread has one. */
    private static final ThreadLocal<DictionaryLookup> LOOKUP = ThreadLocal.withInitial(
            () -> LEXICON == null ? null : new DictionaryLookup(LEXICON));

    private EnglishLexicon() {
    }

    /** Whether {@code word} (lower case) is an English word form; false when the lexicon is not on the class path. */
    static boolean contains(String word) {
        DictionaryLookup lookup = LOOKUP.get();
        return lookup != null && !word.isEmpty() && !lookup.lookup(word).isEmpty();
    }

    private static Dictionary load() {
        URL url = EnglishLexicon.class.getResource(DICTIONARY);
        if (url == null) {
            return null;
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("the English lexicon could not be read", e);
        }
    }
}
