package com.concierge.assistant.internal.intent;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a message is clearly in another language than English, with the optimaize language
 * detector (n-gram profiles of 71 languages, inside its jar). The assistant reads English only;
 * a message in another language gets an honest reply instead of a guess built from its numbers
 * and brand names. ADR 18.
 */
public final class Language {

    /** How sure the detector must be before a message is taken for another language. */
    static final double CERTAINTY = 0.95;
    /** Fewer letters than this say too little to tell ("Calma 900"). */
    private static final int MIN_LETTERS = 12;

    private Language() {
    }

    private static final class Detector {
        static final LanguageDetector INSTANCE;
        static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingShortCleanText();

        static {
            try {
                INSTANCE = LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
            } catch (IOException e) {
                throw new UncheckedIOException("the language profiles inside the language-detector jar could not be read", e);
            }
        }
    }

    /**
     * The language {@code text} is in ("Spanish"), when the detector is sure it is not English, the
     * message has none of English's small words and most of its words are none the store knows
     * ({@code spelling}); empty otherwise. Short English requests ("stainless steel jar") look like
     * Estonian to n-grams, so the store's own words outvote the detector.
     */
    public static Optional<String> notEnglish(String text, Spelling spelling) {
        List<String> words = Words.tokens(text).stream().filter(t -> t.chars().allMatch(Character::isLetter)).toList();
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS || words.stream().anyMatch(ENGLISH::contains)
                || words.stream().filter(w -> spelling.knows(w) || spelling.knows(Words.singular(w))).count() * 2 >= words.size()) {
            return Optional.empty();
        }
        List<DetectedLanguage> found = Detector.INSTANCE.getProbabilities(Detector.TEXT.forText(text));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DetectedLanguage top = found.get(0);
        String language = top.getLocale().getLanguage();
        if (language.equals("en") || top.getProbability() < CERTAINTY) {
            return Optional.empty();
        }
        String name = Locale.forLanguageTag(top.getLocale().toString()).getDisplayLanguage(Locale.ENGLISH);
        return Optional.of(name.isBlank() ? language : name);
    }

    /** Whether {@code word} is one of English's small words a shopping request uses ("the", "under", "with"). */
    public static boolean isEnglishWord(String word) {
        return ENGLISH.contains(word);
    }

    /** Small words no English shopping request does without and other languages do not share. */
    static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "for", "im", "need", "want", "looking", "my",
            "with", "some", "any", "you", "have", "sell", "are", "can", "of", "and", "get", "under", "than",
            "that", "it", "what", "which", "show", "please", "pls", "thanks", "something", "anything", "good", "best");
}
