package com.concierge.reviews.internal.eval;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentences of a text by the JDK's English rules, for the baselines. The summary writer's cut
 * ({@code analysis.Clauses}) also breaks at line ends and drops pieces without a word; the
 * recorded baseline figures (docs/quality.md) were measured with this plainer cut.
 */
final class Sentences {

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
