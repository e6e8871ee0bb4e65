package com.concierge.reviews.internal.analysis;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a review into sentences (the JDK's sentence rules) and sentences into clauses at
 * semicolons and contrast words ("but", "however", "although", "except"), so "looks great but the
 * handle broke" gives one good and one bad statement. Spans are trimmed and never empty.
 */
final class Clauses {

    /** Text offsets of one piece. */
    record Span(int start, int end) {
    }

    private static final Pattern CONTRAST = Pattern.compile("(?i)(;|\\s(?:but|however|although|though|except|yet|whereas)\\b)");

    private Clauses() {
    }

    static List<Span> sentences(String text) {
        List<Span> spans = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            // line breaks end a sentence too: reviews often list points one per line
            int from = start;
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == '\n') {
                    add(text, from, i, spans);
                    from = i + 1;
                }
            }
            add(text, from, end, spans);
        }
        return spans;
    }

    static List<Span> clauses(String text) {
        List<Span> clauses = new ArrayList<>();
        for (Span sentence : sentences(text)) {
            Matcher m = CONTRAST.matcher(text).region(sentence.start(), sentence.end());
            int from = sentence.start();
            while (m.find()) {
                int cut = m.group(1).equals(";") ? m.start() : m.start() + 1;
                add(text, from, cut, clauses);
                from = m.group(1).equals(";") ? m.end() : cut;
            }
            add(text, from, sentence.end(), clauses);
        }
        return clauses;
    }

    private static void add(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > start && Tokens.of(text, start, end).size() > 0) {
            spans.add(new Span(start, end));
        }
    }
}
