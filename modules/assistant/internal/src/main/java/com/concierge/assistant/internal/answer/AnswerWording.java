package com.concierge.assistant.internal.answer;

import java.util.List;
import java.util.Locale;

/**
 * How a grounded answer says one piece of evidence: each sentence is built from that piece alone
 * and says where it comes from (the product's data, its page, the store's Q&amp;A, reviewers). The
 * {@link Answerer} words live answers with it and {@code eval.WordingEval} scores the same wording
 * against answers people wrote from one piece of evidence (docs/quality.md).
 */
public final class AnswerWording {

    private AnswerWording() {
    }

    /** "Noise at full speed of the Calma Blender: 62 dB." */
    public static String attribute(String label, String display, String title) {
        return label + " of the " + title + ": " + display + ".";
    }

    /** "The product page says: BPA-free Tritan jar." */
    public static String content(String text) {
        return "The product page says: " + text + (text.endsWith(".") ? "" : ".");
    }

    /** "From the store's Q&amp;A: Yes, the basket is dishwasher safe." */
    public static String qa(String answer) {
        return "From the store's Q&A: " + answer;
    }

    /** "3 reviewers praise the noise, e.g. “quieter than my old one”", "1 reviewer praises …". */
    public static String review(int reviewers, String verb, String aspect, String quote) {
        return reviewers + (reviewers == 1 ? " reviewer " + verb + "s" : " reviewers " + verb) + " the " + aspect.toLowerCase(Locale.ROOT)
                + ", e.g. “" + quote + "”.";
    }

    /**
     * "Yes. " or "No. " before the sentence when a closed question ("is it dishwasher safe?") is
     * answered by a yes/no attribute; nothing otherwise.
     */
    public static String yesNo(String question, boolean attribute, String value) {
        String first = question.strip().toLowerCase(Locale.ROOT).split("\\s+")[0];
        boolean closed = List.of("is", "does", "do", "can", "has", "will", "are").contains(first);
        if (closed && attribute && value.matches("(?i)yes|no")) {
            return value.equalsIgnoreCase("yes") ? "Yes. " : "No. ";
        }
        return "";
    }
}
