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
                || words.stream().filter(w -> spelling.knows(w) || spelling.knows(Words.singular(w))).count() * 2 >= words.size()
                || mostlyWordNet(words)) {
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

    /**
     * Whether most of the words of three letters or more are WordNet's: the short ones ("de", "en", "cm", "un") are
     * abbreviations in WordNet and words in other languages, so they tell nothing.
     */
    private static boolean mostlyWordNet(List<String> words) {
        List<String> longer = words.stream().filter(w -> w.length() >= 3).toList();
        return longer.size() >= 2 && longer.stream().filter(Language::inWordNet).count() * 2 > longer.size();
    }

    /**
     * Whether WordNet knows the word as a noun or an adjective, as written, in the singular or as a comparative or
     * superlative ("lightest possible" is English, though its n-grams look French).
     */
    private static boolean inWordNet(String word) {
        // "lightest", "quieter", "biggest", "larger"
        return Things.known(word) || Things.known(Words.singular(word))
                || Words.compared(word, 3).filter(c -> c.bases().stream().anyMatch(Things::known)).isPresent();
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
