package com.concierge.reviews.internal.analysis;

import com.concierge.reviews.api.AspectOpinion;
import com.concierge.reviews.api.Citation;
import com.concierge.reviews.api.Polarity;
import com.concierge.reviews.api.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Pros and cons of one product (or variant) from its reviews' statements: an aspect is a pro when
 * enough distinct reviews speak well of it, a con when enough speak badly of it (it can be both:
 * "most find it comfortable, two find it tight"). Counts are distinct reviews, so one long review
 * cannot make a pattern. Citations keep the review's own words; ties break on review id and
 * offset, so the same reviews always give the same answer.
 */
public final class ProsCons {

    /** The pros, the cons, and every statement they came from. */
    public record Digest(List<AspectOpinion> pros, List<AspectOpinion> cons, List<Statement> statements) {
    }

    private final Lexicon lexicon;

    public ProsCons(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param statements the statements of all the reviews to summarize
     * @param reviews    how many reviews there are (a pattern needs two of them, or one when
     *                   there are fewer than four)
     */
    public Digest of(List<Statement> statements, int reviews) {
        int needed = reviews < 4 ? 1 : 2;
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Statement statement : statements) {
            for (Statement.Mention mention : statement.mentions()) {
                Tally tally = tallies.computeIfAbsent(mention.aspect(), key -> new Tally());
                tally.mentioned.add(statement.citation().review());
                if (mention.polarity() == Polarity.POSITIVE) {
                    tally.good.add(statement.citation().review());
                    tally.goodSpans.add(statement.citation());
                } else if (mention.polarity() == Polarity.NEGATIVE) {
                    tally.bad.add(statement.citation().review());
                    tally.badSpans.add(statement.citation());
                }
            }
        }
        List<AspectOpinion> pros = new ArrayList<>();
        List<AspectOpinion> cons = new ArrayList<>();
        tallies.forEach((aspect, tally) -> {
            if (tally.good.size() >= needed) {
                pros.add(new AspectOpinion(aspect, lexicon.label(aspect), Polarity.POSITIVE, tally.good.size(), tally.mentioned.size(),
                        ordered(tally.goodSpans)));
            }
            if (tally.bad.size() >= needed) {
                cons.add(new AspectOpinion(aspect, lexicon.label(aspect), Polarity.NEGATIVE, tally.bad.size(), tally.mentioned.size(),
                        ordered(tally.badSpans)));
            }
        });
        Comparator<AspectOpinion> strongest = Comparator.comparingInt(AspectOpinion::reviews).reversed()
                .thenComparing(AspectOpinion::aspect);
        pros.sort(strongest);
        cons.sort(strongest);
        return new Digest(List.copyOf(pros), List.copyOf(cons), List.copyOf(statements));
    }

    private static final class Tally {
        final Set<UUID> mentioned = new HashSet<>();
        final Set<UUID> good = new HashSet<>();
        final Set<UUID> bad = new HashSet<>();
        final List<Citation> goodSpans = new ArrayList<>();
        final List<Citation> badSpans = new ArrayList<>();
    }

    /** Shorter quotes read better as evidence; then review id and offset for a stable order. */
    private static List<Citation> ordered(List<Citation> citations) {
        return citations.stream().sorted(Comparator.comparingInt((Citation c) -> c.quote().length())
                .thenComparing(Citation::review).thenComparingInt(Citation::start)).toList();
    }
}
