package com.concierge.reviews.internal.analysis;

import com.concierge.catalog.api.attributes.Quantity;
import com.concierge.reviews.api.Citation;
import com.concierge.reviews.api.ClaimType;
import com.concierge.reviews.api.Polarity;
import com.concierge.reviews.api.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a review into statements, one per clause: the aspects it names, its polarity overall and
 * per aspect, whether it states a fact (a quantity with a unit) or an experience, and the safety
 * topics it raises. Deterministic, offline, explainable: every decision comes from a word of the
 * {@link Lexicon} at a known place in the text. Review text is only ever data here: nothing in it
 * is interpreted as an instruction.
 */
public final class ReviewReader {

    private static final Pattern QUANTITY = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s?(-\\s?)?([a-zA-Z°\"]+(?:\\.?\\s?[a-zA-Z]+)?)");

    private final Lexicon lexicon;

    public ReviewReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Statement> read(ReviewText review) {
        List<Statement> statements = new ArrayList<>();
        for (Clauses.Span span : Clauses.clauses(review.text())) {
            statements.add(statement(review, span));
        }
        return statements;
    }

    private Statement statement(ReviewText review, Clauses.Span span) {
        String text = review.text();
        List<Tokens.Token> tokens = Tokens.of(text, span.start(), span.end());
        List<String> words = tokens.stream().map(Tokens.Token::word).toList();
        List<Statement.Mention> mentions = new ArrayList<>();
        for (Lexicon.Aspect aspect : lexicon.aspectsIn(words)) {
            mentions.add(new Statement.Mention(aspect.key(), polarity(score(words, aspect.key()))));
        }
        List<String> quantities = quantities(text.substring(span.start(), span.end()));
        return new Statement(new Citation(review.id(), span.start(), span.end(), text.substring(span.start(), span.end())),
                polarity(score(words, null)), mentions, quantities.isEmpty() ? ClaimType.EXPERIENCE : ClaimType.FACTUAL, quantities,
                safety(words));
    }

    /** Sum of the polarity words, each flipped by a negator just before it; "too X" counts against. */
    int score(List<String> words, String aspect) {
        int score = 0;
        int ownWords = 0; // the aspect's own name as an opinion ("comes out clean"): counts only when nothing else judges it
        for (int i = 0; i < words.size(); i++) {
            int value = lexicon.polarity(words.get(i), aspect);
            boolean excessive = isAfterExcess(words, i);
            if (value == 0 && !excessive) {
                continue;
            }
            if (excessive) {
                score -= 1; // "too small", "too loud", even "too good to be true" reads as a warning
                continue;
            }
            int signed = lexicon.isNegated(words, i) ? -value : value;
            if (aspect != null && lexicon.isTermOf(words.get(i), aspect)) {
                ownWords += signed;
            } else {
                score += signed; // "hard to clean": hard judges cleaning, clean only names it
            }
        }
        return score != 0 ? score : ownWords;
    }

    private boolean isAfterExcess(List<String> words, int index) {
        for (List<String> marker : lexicon.excess()) {
            int at = index - marker.size();
            if (at >= 0 && Tokens.find(words.subList(at, index), marker, 0) == 0) {
                return true;
            }
        }
        return false;
    }

    private static Polarity polarity(int score) {
        return score > 0 ? Polarity.POSITIVE : score < 0 ? Polarity.NEGATIVE : Polarity.NEUTRAL;
    }

    /** Numbers followed by a unit the catalog knows: "2 L", "1,200 W", "64 oz", "52dB". */
    static List<String> quantities(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            String number = m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2));
            String unit = m.group(4);
            for (String candidate : List.of(unit, unit.split("[\\s.]")[0])) {
                Quantity quantity = parse(number + " " + candidate);
                if (quantity != null && !isWhenSomethingHappened(text, m.start(), quantity)) {
                    found.add(text.substring(m.start(), m.start(4) + candidate.length()).strip());
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    private static final Pattern TIME_BEFORE = Pattern.compile("(?i)\\b(after|within|in|for|took|takes|about|over|under|only|last|lasted)\\s+$");

    /**
     * "broke after 10 minutes", "lasted 2 hours": a duration that dates an experience is not a
     * property of the product (unlike "8 hours of battery life").
     */
    private static boolean isWhenSomethingHappened(String text, int at, Quantity quantity) {
        return quantity.dimension() == com.concierge.catalog.api.attributes.Dimension.DURATION
                && TIME_BEFORE.matcher(text.substring(Math.max(0, at - 12), at)).find();
    }

    /** The quantity, or null when the text is not a number with a unit the catalog knows. */
    private static Quantity parse(String quantity) {
        try {
            return Quantity.parse(quantity);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The safety topics of the lexicon a text names, as a review's statements are read. */
    public List<String> safetyTopics(String text) {
        return safety(Tokens.words(text));
    }

    private List<String> safety(List<String> words) {
        List<String> topics = new ArrayList<>();
        lexicon.safetyTopics().forEach((topic, phrases) -> {
            if (phrases.stream().anyMatch(phrase -> Tokens.find(words, phrase, 0) >= 0)) {
                topics.add(topic);
            }
        });
        return topics;
    }
}
