package com.concierge.assistant.internal.recommend;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.Constraint.Operator;
import com.concierge.assistant.api.Relaxation;
import com.concierge.assistant.internal.intent.Constraints;
import com.concierge.assistant.internal.intent.Vocabulary;
import com.concierge.assistant.internal.semantic.Embeddings;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.SearchUnavailableException;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.search.AttributeFilter;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.catalog.api.search.SortOrder;
import com.concierge.kernel.timing.ServerTiming;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * From constraints to products: hard constraints become catalog search filters (so OpenSearch
 * does the filtering), the candidates are reranked by the soft preferences, semantic similarity
 * to the shopper's words and ratings, and every product shown is checked once more against every
 * hard constraint on its own data. When nothing fits, each hard constraint is loosened alone to
 * find the smallest change that finds something.
 */
public final class Recommender {

    /** Candidates read per search: enough to rerank, small enough for one turn's budget. */
    static final int CANDIDATES = 60;

    /** Candidates read for "help me decide": the pick, a cheaper and a pricier alternative come from them. */
    public static final int CANDIDATES_FOR_DECISION = 100;

    private final Catalog catalog;
    private final Vocabulary vocabulary;
    private final Embeddings embeddings;
    private final Placements placements;

    public Recommender(Catalog catalog, Vocabulary vocabulary, Embeddings embeddings, Placements placements) {
        this.catalog = catalog;
        this.vocabulary = vocabulary;
        this.embeddings = embeddings;
        this.placements = placements;
    }

    /**
     * A product that fits, with the variant that fits and what it scored.
     *
     * @param matched the preferences it satisfies, as chip texts
     * @param checks  hard constraint id → the product's value that meets it
     */
    public record Pick(ProductSummary summary, ProductDetails details, ProductDetails.Variant variant, double score, List<String> matched,
                       Map<String, String> checks, boolean sponsored, String sponsorLabel) {
    }

    /** @param searchDown whether search was unavailable and the candidates came from the database */
    public record Result(List<Pick> picks, List<Relaxation> relaxations, boolean searchDown) {
    }

    /** How many products of the category the database path looks through while search is down. */
    static final int BROWSE_LIMIT = 1_000;

    public Result recommend(String category, List<Constraint> constraints, String topic, int count) {
        Candidates candidates = candidates(category, constraints, topic, CANDIDATES);
        List<Pick> shown = candidates.first(count);
        ServerTiming.lap("check");
        if (shown.isEmpty()) {
            return new Result(List.of(), candidates.searchDown() ? List.of() : relaxations(category, constraints, topic), candidates.searchDown());
        }
        placements.place(shown, candidates);
        return new Result(shown, List.of(), candidates.searchDown());
    }

    /**
     * The search's candidates ranked by the soft preferences, semantic similarity and rating; each
     * is checked against every hard constraint when a caller reaches it.
     */
    public Candidates candidates(String category, List<Constraint> constraints, String topic, int size) {
        return candidatesEach(category, List.of(constraints), topic, size).get(0);
    }

    /**
     * {@link #candidates(String, List, String, int)} for each set of constraints, their searches sent
     * at once (the catalog may run them side by side): each hard constraint loosened alone costs
     * about one search's wait, not one each.
     */
    List<Candidates> candidatesEach(String category, List<List<Constraint>> sets, String topic, int size) {
        List<SearchQuery> queries = new ArrayList<>();
        List<Sent> sent = new ArrayList<>();
        for (List<Constraint> constraints : sets) {
            List<Constraint> hard = constraints.stream().filter(Constraint::hard).toList();
            Optional<SearchQuery> query = query(category, hard, size);
            Set<String> preferredReasons = new LinkedHashSet<>();
            constraints.stream().filter(c -> c.operator() == Operator.PREFER && c.field().equals("reason")).forEach(c -> preferredReasons.addAll(c.values()));
            int all = -1;
            int preferred = -1;
            if (query.isPresent()) {
                all = queries.size();
                queries.add(query.get().withoutFacets());
                if (!preferredReasons.isEmpty()) {
                    preferred = queries.size();
                    queries.add(query.get().withReasons(preferredReasons).withoutFacets());
                }
            }
            sent.add(new Sent(hard, all, preferred));
        }
        List<SearchResults> results = List.of();
        List<ProductSummary> browsed = null;
        try {
            results = queries.isEmpty() ? List.of() : catalog.searchAll(queries);
        } catch (SearchUnavailableException down) {
            // the slower path: the category's products from the database; verified() below checks each
            // against every hard constraint, exactly as it checks what search found
            browsed = category == null ? List.of() : catalog.browse(category, BROWSE_LIMIT);
        }
        ServerTiming.lap("search");
        CategoryDefinition definition = category == null ? null : vocabulary.category(category).map(Vocabulary.CategoryWords::definition).orElse(null);
        List<Candidates> candidates = new ArrayList<>(sets.size());
        for (int i = 0; i < sets.size(); i++) {
            Sent at = sent.get(i);
            if (at.all() < 0) {
                candidates.add(Candidates.NONE);
                continue;
            }
            Map<UUID, ProductSummary> found = new LinkedHashMap<>();
            if (browsed != null) {
                browsed.forEach(p -> found.put(p.id(), p));
            } else {
                results.get(at.all()).hits().forEach(h -> found.put(h.id(), h));
                if (at.preferred() >= 0) {
                    results.get(at.preferred()).hits().forEach(h -> found.putIfAbsent(h.id(), h));
                }
            }
            List<Candidates.Ranked> ranked = rank(new ArrayList<>(found.values()), sets.get(i), topic, definition);
            candidates.add(new Candidates(ranked, r -> verified(r, at.hard(), definition), browsed != null));
        }
        ServerTiming.lap("rank");
        return candidates;
    }

    /** A set of constraints' hard ones, and the index among the queries sent of its search and of its search for preferred reasons, or -1. */
    private record Sent(List<Constraint> hard, int all, int preferred) {
    }

    /** How many of the best-ranked candidates the embedding model reranks (each new title costs one model call). */
    static final int SEMANTIC_POOL = 20;

    /**
     * The fields the shopper wants less or more of, measured: "the quietest" (noise, less), and a
     * reason code whose rule reads one attribute in one direction ("quiet" → noise, less;
     * "lightweight" → weight, less; "family size" → capacity, more). The code stays the chip's
     * label; the ranking follows the measured value.
     */
    public static Map<String, Vocabulary.Direction> measuredPreferences(List<Constraint> constraints, Vocabulary vocabulary, String category) {
        Map<String, Vocabulary.Direction> measured = new LinkedHashMap<>();
        for (Constraint c : constraints) {
            if (c.hard()) {
                continue;
            }
            if (c.operator() == Operator.PREFER_LESS || c.operator() == Operator.PREFER_MORE) {
                measured.putIfAbsent(c.field(), c.operator() == Operator.PREFER_LESS ? Vocabulary.Direction.LESS : Vocabulary.Direction.MORE);
            } else if (c.operator() == Operator.PREFER && c.field().equals("reason") && category != null) {
                for (String code : c.values()) {
                    vocabulary.category(category).flatMap(w -> w.ranking(code))
                            .ifPresent(r -> measured.putIfAbsent("attr." + r.attribute(), r.direction()));
                }
            }
        }
        return measured;
    }

    private List<Candidates.Ranked> rank(List<ProductSummary> candidates, List<Constraint> constraints, String topic, CategoryDefinition category) {
        List<Constraint> soft = constraints.stream().filter(c -> !c.hard()).toList();
        Map<String, Vocabulary.Direction> measured = measuredPreferences(constraints, vocabulary, category == null ? null : category.key());
        Map<String, double[]> ranges = new HashMap<>();
        for (String field : measured.keySet()) {
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (ProductSummary s : candidates) {
                Double v = number(s, field);
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            ranges.put(field, new double[] {lo, hi});
        }
        List<Candidates.Ranked> ranked = new ArrayList<>();
        for (ProductSummary s : candidates) {
            double score = 0;
            List<String> matched = new ArrayList<>();
            for (Constraint c : soft) {
                if (c.operator() == Operator.PREFER) {
                    boolean held = c.field().equals("reason") ? s.reasonCodes().containsAll(c.values())
                            : Fit.values(s.attributes().get(c.field().substring("attr.".length()))).stream()
                                    .anyMatch(v -> c.values().stream().anyMatch(w -> w.equalsIgnoreCase(v)));
                    if (held) {
                        score += 1.0;
                        matched.add(c.text());
                    }
                }
            }
            // measured preferences come first: "quiet" puts the lowest noise that fits on top, whatever
            // the tags and ratings say; a product without the value ranks last on it
            double preference = preference(s, measured, ranges);
            for (Map.Entry<String, Vocabulary.Direction> wanted : measured.entrySet()) {
                Double v = number(s, wanted.getKey());
                double[] range = ranges.get(wanted.getKey());
                if (v == null) {
                    continue;
                }
                boolean best = wanted.getValue() == Vocabulary.Direction.LESS ? v == range[0] : v == range[1];
                soft.stream().filter(c -> c.field().equals(wanted.getKey()) && (c.operator() == Operator.PREFER_LESS || c.operator() == Operator.PREFER_MORE))
                        .filter(c -> best).forEach(c -> matched.add(c.text()));
            }
            double rating = s.rating() == null ? 3.0 : s.rating().doubleValue();
            score += 0.4 * (rating - 3.0) / 2.0 + 0.05 * Math.log1p(s.reviewCount());
            ranked.add(new Candidates.Ranked(s, preference, score, matched));
        }
        Comparator<Candidates.Ranked> best = Comparator.comparingDouble((Candidates.Ranked x) -> -x.preference())
                .thenComparingDouble(x -> -x.score()).thenComparing(x -> x.summary().title());
        ranked.sort(best);
        if (embeddings != null && !topic.isBlank()) {
            // The model reorders the head of the list: the shopper's own words break near-ties among
            // the candidates the preferences and ratings put first.
            float[] query = embeddings.vector(topic);
            for (int i = 0; i < Math.min(SEMANTIC_POOL, ranked.size()); i++) {
                Candidates.Ranked r = ranked.get(i);
                String text = r.summary().title() + ". " + (category == null ? "" : category.name()) + ". " + String.join(", ", r.summary().reasonCodes());
                ranked.set(i, new Candidates.Ranked(r.summary(), r.preference(), r.score() + 0.5 * Embeddings.cosine(query, embeddings.vector(text)),
                        r.matched()));
            }
            ranked.subList(0, Math.min(SEMANTIC_POOL, ranked.size())).sort(best);
        }
        return ranked;
    }

    /** How much less each measured preference weighs than the one stated before it. */
    static final double NEXT_PREFERENCE_WEIGHT = 0.25;

    /**
     * How well {@code s} does on the measured preferences: on each, where it stands between the candidates' worst (0) and
     * best (1) value, 0 without one. The first preference stated (or said to matter most) weighs 1 and each after it a
     * quarter of the one before, so a later one mostly settles what the first leaves close ("runtime comes first, light
     * would be nice too": the longest runtime unless a lighter one runs nearly as long).
     */
    static double preference(ProductSummary s, Map<String, Vocabulary.Direction> measured, Map<String, double[]> ranges) {
        double preference = 0;
        double weight = 1;
        for (Map.Entry<String, Vocabulary.Direction> wanted : measured.entrySet()) {
            Double v = number(s, wanted.getKey());
            double[] range = ranges.get(wanted.getKey());
            if (v != null) {
                double position = range[1] > range[0] ? (v - range[0]) / (range[1] - range[0]) : 1;
                preference += weight * (wanted.getValue() == Vocabulary.Direction.LESS ? 1 - position : position);
            }
            weight *= NEXT_PREFERENCE_WEIGHT;
        }
        return preference;
    }

    private static Double number(ProductSummary s, String field) {
        if (field.equals("price")) {
            return s.price().amount().doubleValue();
        }
        if (field.equals("rating")) {
            return s.rating() == null ? null : s.rating().doubleValue();
        }
        Object value = field.startsWith("attr.") ? s.attributes().get(field.substring(5)) : null;
        return value instanceof BigDecimal number ? number.doubleValue() : null;
    }

    /** The product with its best fitting variant, when its own data meets every hard constraint. */
    private Optional<Pick> verified(Candidates.Ranked s, List<Constraint> hard, CategoryDefinition category) {
        ProductDetails details = catalog.details(s.summary().id()).orElse(null);
        if (details == null) {
            return Optional.empty();
        }
        List<ProductDetails.Variant> variants = details.variants().stream().filter(v -> v.stock() > 0)
                .sorted(Comparator.comparingLong(v -> v.price().minorUnits())).toList();
        for (ProductDetails.Variant variant : variants) {
            Map<String, String> checks = new LinkedHashMap<>();
            boolean all = true;
            for (Constraint c : hard) {
                Optional<String> value = Fit.meets(c, details, variant, category);
                if (value.isEmpty()) {
                    all = false;
                    break;
                }
                checks.put(c.id(), value.get());
            }
            if (all) {
                return Optional.of(new Pick(s.summary(), details, variant, s.score(), s.matched(), checks, false, null));
            }
        }
        return Optional.empty();
    }

    /**
     * The catalog search for the hard constraints, or empty when they cannot be met at all (every
     * allowed value excluded). Variant options and excluded brands are checked after the search.
     */
    Optional<SearchQuery> query(String category, List<Constraint> hard, int size) {
        Long priceMin = null;
        Long priceMax = null;
        BigDecimal minRating = null;
        Set<String> brands = new HashSet<>();
        Map<String, AttributeFilter> filters = new LinkedHashMap<>();
        CategoryDefinition definition = category == null ? null : vocabulary.category(category).map(Vocabulary.CategoryWords::definition).orElse(null);
        for (Constraint c : hard) {
            if (c.field().equals("price")) {
                priceMin = c.min() == null ? null : c.min().movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
                priceMax = c.max() == null ? null : c.max().movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact();
            } else if (c.field().equals("rating")) {
                minRating = c.min();
            } else if (c.field().equals("brand") && c.operator() == Operator.ANY_OF) {
                brands.addAll(c.values());
            } else if (c.field().startsWith("attr.") && definition != null) {
                String key = c.field().substring(5);
                Optional<AttributeDefinition> attribute = definition.attributes().stream().filter(a -> a.key().equals(key)).findFirst();
                if (attribute.isEmpty()) {
                    continue;
                }
                AttributeDefinition a = attribute.get();
                switch (c.operator()) {
                    case AT_MOST, AT_LEAST, BETWEEN -> {
                        if (c.min() != null && c.max() != null && c.min().compareTo(c.max()) > 0) {
                            return Optional.empty();
                        }
                        filters.put(key, new AttributeFilter.Range(Constraints.canonical(a, c.min()), Constraints.canonical(a, c.max())));
                    }
                    case ANY_OF -> filters.put(key, new AttributeFilter.AnyOf(Set.copyOf(c.values())));
                    case NONE_OF -> {
                        Set<String> allowed = new LinkedHashSet<>(a.type() == AttributeType.BOOLEAN ? List.of("yes", "no") : a.sortedAllowedValues());
                        allowed.removeIf(v -> c.values().stream().anyMatch(x -> x.equalsIgnoreCase(v)));
                        if (allowed.isEmpty()) {
                            return Optional.empty();
                        }
                        if (a.type() != AttributeType.LIST) {
                            filters.put(key, new AttributeFilter.AnyOf(allowed));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        if (priceMin != null && priceMax != null && priceMin > priceMax) {
            return Optional.empty();
        }
        return Optional.of(new SearchQuery("", category, brands, priceMin, priceMax, minRating, true, Set.of(), filters, SortOrder.RATING, 0, size));
    }

    // ---- relaxation ------------------------------------------------------------------------------

    /** Each hard constraint loosened alone; the ones that find a product, smallest change first. */
    List<Relaxation> relaxations(String category, List<Constraint> constraints, String topic) {
        List<Relaxation> offers = new ArrayList<>();
        List<Constraint> hard = constraints.stream().filter(Constraint::hard).toList();
        List<Candidates> loosened = candidatesEach(category, hard.stream().map(dropped -> without(constraints, dropped)).toList(), topic, CANDIDATES);
        for (int i = 0; i < hard.size(); i++) {
            Constraint dropped = hard.get(i);
            Candidates found = loosened.get(i);
            // For a bound, the candidates nearest to it (by their search data) are checked first;
            // the nearest few that fit are compared on the variant they would sell.
            List<Pick> nearest = dropped.min() == null && dropped.max() == null ? found.first(1)
                    : found.fitting(Comparator.comparingDouble((Candidates.Ranked r) -> searchDistance(dropped, r.summary(), category))
                            .thenComparingDouble(r -> -r.score())).limit(NEAREST).toList();
            if (nearest.isEmpty()) {
                continue;
            }
            offers.add(closest(dropped, nearest, category));
        }
        if (offers.isEmpty()) {
            offers.addAll(pairs(category, constraints, topic, hard));
        }
        offers.sort(Comparator.comparingDouble(Relaxation::change));
        return offers.subList(0, Math.min(3, offers.size()));
    }

    /** No single change helps: each two hard constraints loosened together, the nearest product for both. */
    private List<Relaxation> pairs(String category, List<Constraint> constraints, String topic, List<Constraint> hard) {
        List<Relaxation> offers = new ArrayList<>();
        List<Constraint[]> pairs = new ArrayList<>();
        for (int i = 0; i < hard.size(); i++) {
            for (int j = i + 1; j < hard.size(); j++) {
                pairs.add(new Constraint[] {hard.get(i), hard.get(j)});
            }
        }
        List<Candidates> loosened = candidatesEach(category, pairs.stream().map(p -> without(without(constraints, p[0]), p[1])).toList(), topic, CANDIDATES);
        for (int k = 0; k < pairs.size(); k++) {
            Constraint a = pairs.get(k)[0];
            Constraint b = pairs.get(k)[1];
            Candidates found = loosened.get(k);
            List<Pick> nearest = found.fitting(Comparator.comparingDouble((Candidates.Ranked r) -> relative(a, searchValue(a, r.summary(), category))
                    + relative(b, searchValue(b, r.summary(), category))).thenComparingDouble(r -> -r.score())).limit(NEAREST).toList();
            nearest.stream().min(Comparator.comparingDouble((Pick p) -> relative(a, value(a, p, category)) + relative(b, value(b, p, category))))
                    .ifPresent(p -> {
                        double change = relative(a, value(a, p, category)) + relative(b, value(b, p, category));
                        String text = "if you accept " + accepted(a, p) + " and " + accepted(b, p) + ", the " + p.summary().title()
                                + " (" + Constraints.money(p.variant().price()) + ") fits everything else";
                        offers.add(new Relaxation(a.id(), b.id(), a.text() + "; " + b.text(), accepted(a, p) + "; " + accepted(b, p), text,
                                round(change), p.summary().id(), p.summary().title(), p.variant().price()));
                    });
        }
        return offers;
    }

    private static List<Constraint> without(List<Constraint> constraints, Constraint dropped) {
        List<Constraint> rest = new ArrayList<>(constraints);
        rest.remove(dropped);
        return rest;
    }

    /** How far {@code value} is outside the constraint's bound, relative to it; 1 for a constraint without bounds or an unknown value. */
    private static double relative(Constraint c, BigDecimal value) {
        if (c.min() == null && c.max() == null || value == null) {
            return 1.0;
        }
        BigDecimal bound = c.max() != null && value.compareTo(c.max()) > 0 ? c.max() : c.min() != null ? c.min() : c.max();
        return bound.signum() == 0 ? 1.0 : distance(c, value) / bound.abs().doubleValue();
    }

    /** The pick's own value on a loosened constraint, in words ("$48.99", "noise at full speed 60 dB", "jar material Tritan"). */
    private static String accepted(Constraint c, Pick pick) {
        if (c.field().equals("price")) {
            return Constraints.money(pick.variant().price());
        }
        return c.label().toLowerCase(java.util.Locale.ROOT) + " " + checksText(pick, c);
    }

    /** The found product nearest to the dropped bound, and how far the bound moves to reach it. */
    private Relaxation closest(Constraint dropped, List<Pick> found, String category) {
        Pick best = found.get(0);
        double change = 1.0;
        String to = null;
        if (dropped.min() != null || dropped.max() != null) {
            double bestDistance = Double.MAX_VALUE;
            for (Pick pick : found) {
                BigDecimal value = value(dropped, pick, category);
                if (value == null) {
                    continue;
                }
                double distance = distance(dropped, value);
                if (distance < bestDistance || distance == bestDistance && pick.score() > best.score()) {
                    bestDistance = distance;
                    best = pick;
                    to = Constraints.plain(value);
                }
            }
            BigDecimal bound = dropped.max() != null && distanceAbove(dropped, value(dropped, best, category)) ? dropped.max()
                    : dropped.min() != null ? dropped.min() : dropped.max();
            change = bound.signum() == 0 ? 1.0 : bestDistance / bound.abs().doubleValue();
        }
        String valueText = checksText(best, dropped);
        String from = dropped.text();
        String toText = dropped.field().equals("price") ? Constraints.money(best.variant().price())
                : to == null ? valueText : to + (dropped.unit() == null ? "" : " " + dropped.unit());
        String others = best.checks().entrySet().stream().filter(e -> !e.getKey().equals(dropped.id()) && !e.getKey().equals("price")
                && !e.getValue().isBlank()).map(Map.Entry::getValue).findFirst().map(v -> ", " + v).orElse("");
        String text = dropped.field().equals("price")
                ? "for " + Constraints.money(best.variant().price()) + " the " + best.summary().title() + " fits everything else" + others
                : "if you accept " + dropped.label().toLowerCase(java.util.Locale.ROOT) + " " + toText + ", the " + best.summary().title()
                        + " (" + Constraints.money(best.variant().price()) + ") fits everything else";
        return new Relaxation(dropped.id(), null, from, toText, text, round(change), best.summary().id(), best.summary().title(),
                best.variant().price());
    }

    /** How many fitting products near a dropped bound are compared for the smallest change. */
    private static final int NEAREST = 5;

    /** The distance of a search hit's value to the constraint's bound; unknown is farthest. */
    private double searchDistance(Constraint c, ProductSummary s, String category) {
        BigDecimal value = searchValue(c, s, category);
        return value == null ? Double.MAX_VALUE : distance(c, value);
    }

    private static double round(double change) {
        return Math.round(change * 1000) / 1000.0;
    }

    private static boolean distanceAbove(Constraint c, BigDecimal value) {
        return value != null && c.max() != null && value.compareTo(c.max()) > 0;
    }

    private static double distance(Constraint c, BigDecimal value) {
        if (c.max() != null && value.compareTo(c.max()) > 0) {
            return value.subtract(c.max()).doubleValue();
        }
        if (c.min() != null && value.compareTo(c.min()) < 0) {
            return c.min().subtract(value).doubleValue();
        }
        return 0;
    }

    /** The pick's value on the constraint's field, in the constraint's unit (the price of the variant it sells). */
    private BigDecimal value(Constraint c, Pick pick, String category) {
        return c.field().equals("price") ? pick.variant().price().amount() : searchValue(c, pick.summary(), category);
    }

    /** A search hit's value on the constraint's field, in the constraint's unit (its lowest price for price). */
    private BigDecimal searchValue(Constraint c, ProductSummary s, String category) {
        if (c.field().equals("price")) {
            return s.price().amount();
        }
        if (c.field().equals("rating")) {
            return s.rating();
        }
        if (!c.field().startsWith("attr.")) {
            return null;
        }
        String key = c.field().substring(5);
        Object canonical = s.attributes().get(key);
        Optional<AttributeDefinition> attribute = vocabulary.category(category).flatMap(w -> w.attribute(key));
        return canonical instanceof BigDecimal number && attribute.isPresent() ? Constraints.display(attribute.get(), number) : null;
    }

    private static String checksText(Pick pick, Constraint dropped) {
        if (dropped.field().startsWith("attr.")) {
            return pick.details().attribute(dropped.field().substring(5)).map(ProductDetails.Attribute::display).orElse("not stated");
        }
        if (dropped.field().startsWith("option.")) {
            return pick.variant().options().getOrDefault(dropped.field().substring(7), "");
        }
        if (dropped.field().equals("brand")) {
            return pick.summary().brand();
        }
        if (dropped.field().equals("rating")) {
            return pick.summary().rating() == null ? "not rated" : pick.summary().rating().toPlainString();
        }
        return "";
    }
}
