package com.concierge.reviews.internal.analysis;

import com.concierge.reviews.api.Citation;
import com.concierge.reviews.api.Polarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A short summary of several reviews, made of their own sentences, each one cited. A sentence
 * scores by how many other reviews share its content words (what most reviewers say, not what one
 * says), by the aspects it names with a clear opinion, and against first-person storytelling; the
 * best are taken greedily, skipping near-repeats, until the word budget is reached. Opinions come
 * first, complaints after, as a reader scanning pros and cons expects.
 */
public final class SummaryWriter {

    /** The summary as text and the review spans it is made of, in order. */
    public record Summary(String text, List<Citation> sentences) {
    }

    private static final double MAX_OVERLAP = 0.5;

    private final Lexicon lexicon;
    private final ReviewReader reader;

    public SummaryWriter(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.reader = new ReviewReader(lexicon);
    }

    private record Candidate(ReviewText review, Clauses.Span span, Set<String> content, int words, double score, Polarity polarity) {
        Citation citation() {
            return new Citation(review.id(), span.start(), span.end(), review.text().substring(span.start(), span.end()));
        }
    }

    public Summary write(List<ReviewText> reviews, int budgetWords) {
        return write(reviews, budgetWords, citation -> true);
    }

    /** As {@link #write(List, int)}, choosing only sentences {@code usable} accepts (held-out content is not). */
    public Summary write(List<ReviewText> reviews, int budgetWords, Predicate<Citation> usable) {
        Map<String, Set<UUID>> reviewsWithWord = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (ReviewText review : reviews) {
            for (String word : content(Tokens.words(review.text()))) {
                reviewsWithWord.computeIfAbsent(word, w -> new HashSet<>()).add(review.id());
            }
        }
        for (ReviewText review : reviews) {
            for (Clauses.Span span : Clauses.sentences(review.text())) {
                List<String> words = Tokens.of(review.text(), span.start(), span.end()).stream().map(Tokens.Token::word).toList();
                candidates.add(score(review, span, words, reviewsWithWord));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.review().id()).thenComparingInt(c -> c.span().start()));
        List<Candidate> chosen = new ArrayList<>();
        int words = 0;
        for (Candidate candidate : candidates) {
            if (words >= budgetWords) {
                break;
            }
            if (candidate.score() <= 0 || !usable.test(candidate.citation()) || chosen.stream().anyMatch(c -> overlap(c.content(), candidate.content()) > MAX_OVERLAP)) {
                continue;
            }
            chosen.add(candidate);
            words += candidate.words();
        }
        chosen.sort(Comparator.comparingInt((Candidate c) -> c.polarity() == Polarity.NEGATIVE ? 1 : 0)
                .thenComparing(Comparator.comparingDouble(Candidate::score).reversed()));
        List<Citation> citations = chosen.stream().map(Candidate::citation).toList();
        return new Summary(String.join(" ", citations.stream().map(c -> sentence(c.quote())).toList()), citations);
    }

    private Candidate score(ReviewText review, Clauses.Span span, List<String> words, Map<String, Set<UUID>> reviewsWithWord) {
        Set<String> content = content(words);
        double shared = 0;
        for (String word : content) {
            shared += reviewsWithWord.getOrDefault(word, Set.of()).size() - 1; // other reviews saying the same word
        }
        double score = content.isEmpty() ? 0 : shared / Math.sqrt(content.size());
        int opinions = 0;
        int firstPerson = 0;
        for (Lexicon.Aspect aspect : lexicon.aspectsIn(words)) {
            if (reader.score(words, aspect.key()) != 0) {
                opinions++;
            }
        }
        for (String word : words) {
            if (lexicon.isFirstPerson(word)) {
                firstPerson++;
            }
        }
        score *= 1 + 0.5 * Math.min(opinions, 2);
        score /= 1 + firstPerson;
        if (words.size() < 4 || words.size() > 40 || review.text().substring(span.start(), span.end()).strip().endsWith("?")) {
            score = 0;
        }
        int polarity = reader.score(words, null);
        return new Candidate(review, span, content, words.size(), score,
                polarity < 0 ? Polarity.NEGATIVE : polarity > 0 ? Polarity.POSITIVE : Polarity.NEUTRAL);
    }

    private Set<String> content(List<String> words) {
        Set<String> content = new HashSet<>();
        for (String word : words) {
            if (!lexicon.isStopword(word) && word.length() > 1) {
                content.add(word);
            }
        }
        return content;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }

    /** A sentence as it reads on its own: capitalized, ending with punctuation. */
    private static String sentence(String quote) {
        String text = quote.strip();
        if (!text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        char last = text.isEmpty() ? '.' : text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' ? text : text + ".";
    }
}
