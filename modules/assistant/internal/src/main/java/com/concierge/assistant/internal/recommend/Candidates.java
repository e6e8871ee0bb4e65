package com.concierge.assistant.internal.recommend;

import com.concierge.catalog.api.ProductSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One search's candidates, ranked, each checked against every hard constraint on its own data
 * only when a caller reaches it. A turn that shows three products reads three or four products
 * from the database instead of every candidate; a product is checked at most once per turn.
 */
public final class Candidates {

    /**
     * A candidate as ranked, before its check.
     *
     * @param preference how good it is on the measured preferences (0 to one per preference), ranked first
     * @param score      tags, rating, reviews and closeness to the shopper's words, ranked next
     * @param matched    the preferences it satisfies, as chip texts
     */
    public record Ranked(ProductSummary summary, double preference, double score, List<String> matched) {
    }

    static final Candidates NONE = new Candidates(List.of(), r -> Optional.empty(), false);

    private final List<Ranked> ranked;
    private final Function<Ranked, Optional<Recommender.Pick>> check;
    private final Map<Integer, Optional<Recommender.Pick>> checked = new HashMap<>();
    private final boolean searchDown;

    Candidates(List<Ranked> ranked, Function<Ranked, Optional<Recommender.Pick>> check, boolean searchDown) {
        this.ranked = List.copyOf(ranked);
        this.check = check;
        this.searchDown = searchDown;
    }

    /** Whether search was unavailable and these came from the database (a slower path, the same checks). */
    public boolean searchDown() {
        return searchDown;
    }

    /** The candidates that fit, best first, checked as the stream is consumed. */
    public Stream<Recommender.Pick> fitting() {
        return IntStream.range(0, ranked.size()).mapToObj(this::at).flatMap(Optional::stream);
    }

    /** The candidates that fit in another order (ranked data only decides the order). */
    public Stream<Recommender.Pick> fitting(Comparator<Ranked> order) {
        return IntStream.range(0, ranked.size()).boxed().sorted(Comparator.comparing(ranked::get, order))
                .map(this::at).flatMap(Optional::stream);
    }

    /**
     * As {@link #fitting()}, checking only the candidates {@code mayQualify} lets through on
     * their ranked data: a caller that wants "cheaper than the pick" need not read every product whose
     * lowest price already rules it out.
     */
    public Stream<Recommender.Pick> fitting(java.util.function.Predicate<Ranked> mayQualify) {
        return IntStream.range(0, ranked.size()).filter(i -> mayQualify.test(ranked.get(i))).mapToObj(this::at).flatMap(Optional::stream);
    }

    /** {@link #fitting(java.util.function.Predicate)} in another order. */
    public Stream<Recommender.Pick> fitting(Comparator<Ranked> order, java.util.function.Predicate<Ranked> mayQualify) {
        return IntStream.range(0, ranked.size()).boxed().filter(i -> mayQualify.test(ranked.get(i)))
                .sorted(Comparator.comparing(ranked::get, order)).map(this::at).flatMap(Optional::stream);
    }

    /** The best {@code n} that fit. */
    public List<Recommender.Pick> first(int n) {
        return new ArrayList<>(fitting().limit(n).toList());
    }

    public boolean noneFits() {
        return fitting().findFirst().isEmpty();
    }

    /** A product already checked and found fitting. */
    public Optional<Recommender.Pick> checked(UUID product) {
        return checked.values().stream().flatMap(Optional::stream).filter(p -> p.summary().id().equals(product)).findFirst();
    }

    private Optional<Recommender.Pick> at(int index) {
        return checked.computeIfAbsent(index, i -> check.apply(ranked.get(i)));
    }
}
