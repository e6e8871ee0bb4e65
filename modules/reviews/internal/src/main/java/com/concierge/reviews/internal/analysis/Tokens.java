package com.concierge.reviews.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a text with their offsets: lower case, apostrophes dropped ("Don't" → "dont"). */
final class Tokens {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    /** A word and where it stands in the text it came from. */
    record Token(String word, int start, int end) {
    }

    private Tokens() {
    }

    static List<Token> of(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            tokens.add(new Token(normalize(m.group()), m.start(), m.end()));
        }
        return tokens;
    }

    static List<String> words(String text) {
        return of(text, 0, text.length()).stream().map(Token::word).toList();
    }

    static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
    }

    /** Where {@code phrase} starts in {@code words} at or after {@code from}, or -1. */
    static int find(List<String> words, List<String> phrase, int from) {
        outer:
        for (int i = from; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
