package com.concierge.catalog.internal.search;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.SearchUnavailableException;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.Unit;
import com.concierge.catalog.api.search.AttributeFilter;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.catalog.api.search.SearchResults.Bucket;
import com.concierge.catalog.api.search.SearchResults.Facet;
import com.concierge.catalog.api.search.Synonym;
import com.concierge.catalog.internal.Category;
import com.concierge.catalog.internal.IndexedSummary;
import com.concierge.catalog.internal.Product;
import com.concierge.catalog.internal.StoredValue;
import com.concierge.kernel.timing.ServerTiming;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.search.loading.dsl.SearchLoadingOptionsStep;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;

/**
 * Catalog search on OpenSearch: full text over title, brand, description, bullets, boundaries and
 * Q&A; hard filters on category, brand, price, rating, stock, reason codes and any attribute;
 * facet counts over all matches; sorting. Range-facet buckets come from the category's own values
 * (quintiles, rounded), cached for a few minutes and dropped after every import.
 */
@ApplicationScoped
public class CatalogSearch {

    static final Duration CACHE_LIFETIME = Duration.ofMinutes(5);
    private static final int RANGE_BUCKETS = 5;
    private static final String ALL = "*";

    private final SearchSession searchSession;
    private final Map<String, Stats> stats = new ConcurrentHashMap<>();
    private volatile Vocabulary vocabulary;

    CatalogSearch(SearchSession searchSession) {
        this.searchSession = searchSession;
    }

    /** Numbers of one category (or all): range edges per number attribute (canonical) and for price (minor units). */
    private record Stats(Instant loadedAt, Map<String, List<BigDecimal>> attributeEdges, List<BigDecimal> priceEdges, String currency) {
    }

    private record Vocabulary(Instant loadedAt, List<Synonym> synonyms, Map<String, CategoryDefinition> categories) {
    }

    /** Forget cached bucket edges, synonyms and schemas (after an import, a schema or a synonym change). */
    public void invalidate() {
        stats.clear();
        vocabulary = null;
    }

    public SearchResults search(SearchQuery query) {
        Vocabulary words = vocabulary();
        if (query.category() != null && !words.categories().containsKey(query.category())) {
            throw new IllegalArgumentException("'" + query.category() + "' is not a category; known: "
                    + String.join(", ", words.categories().keySet().stream().sorted().toList()));
        }
        Map<String, AttributeType> attributeTypes = attributeTypes(words, query.category());
        query.attributes().forEach((key, filter) -> checkFilter(key, filter, attributeTypes));
        QueryInterpreter.Reading reading = new QueryInterpreter(words.synonyms(), words.categories().values()).read(query.text(), query.category());
        Stats numbers = query.facets() ? stats(query.category()) : null; // bucket edges only for facets
        CategoryDefinition category = query.category() == null ? null : words.categories().get(query.category());
        ServerTiming.lap("query");
        try {
            return run(query, reading, attributeTypes, numbers, category);
        } catch (SearchException e) {
            throw new SearchUnavailableException(e);
        }
    }

    private SearchResults run(SearchQuery query, QueryInterpreter.Reading reading, Map<String, AttributeType> attributeTypes, Stats numbers,
                              CategoryDefinition category) {
        AggregationKey<Map<String, Long>> brands = AggregationKey.of("brand");
        AggregationKey<Map<String, Long>> categories = AggregationKey.of("category");
        AggregationKey<Map<String, Long>> reasons = AggregationKey.of("reason");
        AggregationKey<Map<Boolean, Long>> stock = AggregationKey.of("in_stock");
        AggregationKey<Map<Range<BigDecimal>, Long>> ratings = AggregationKey.of("rating");
        AggregationKey<Map<Range<Long>, Long>> prices = AggregationKey.of("price");
        List<Range<Long>> priceRanges = numbers == null ? List.of() : ranges(numbers.priceEdges()).stream()
                .map(r -> Range.between(r.lowerBoundValue().map(BigDecimal::longValue).orElse(null), RangeBoundInclusion.INCLUDED,
                        r.upperBoundValue().map(BigDecimal::longValue).orElse(null), RangeBoundInclusion.EXCLUDED)).toList();
        List<Range<BigDecimal>> ratingRanges = List.of(Range.atLeast(new BigDecimal("4.5")), Range.atLeast(BigDecimal.valueOf(4)),
                Range.atLeast(BigDecimal.valueOf(3)));
        Map<String, AggregationKey<?>> attributeKeys = new LinkedHashMap<>();

        SearchQueryOptionsStep<?, ?, Hit, SearchLoadingOptionsStep, ?, ?> step = searchSession.search(Product.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.field("summary", String.class)).as(Hit::new))
                .where(f -> predicate(f, query, reading, attributeTypes))
                .sort(f -> sort(f, query));
        if (!query.facets()) {
            SearchResult<Hit> result = fetch(step, query);
            return new SearchResults(result.total().hitCount(), query.page(), query.pageSize(), cards(result.hits()), List.of(),
                    reading.interpretations());
        }
        step = step.aggregation(brands, f -> f.terms().field("brand_keyword", String.class).maxTermCount(30))
                .aggregation(categories, f -> f.terms().field("category", String.class).maxTermCount(50))
                .aggregation(reasons, f -> f.terms().field("reason", String.class).maxTermCount(30))
                .aggregation(stock, f -> f.terms().field("in_stock", Boolean.class))
                .aggregation(ratings, f -> f.range().field("rating", BigDecimal.class).ranges(ratingRanges));
        if (!priceRanges.isEmpty()) {
            step = step.aggregation(prices, f -> f.range().field("price", Long.class).ranges(priceRanges));
        }
        if (category != null) {
            for (AttributeDefinition attribute : category.attributes()) {
                String field = AttributesBinder.field(attribute.key(), attribute.type());
                if (attribute.type() == AttributeType.NUMBER) {
                    List<BigDecimal> edges = numbers.attributeEdges().get(attribute.key());
                    if (edges == null || edges.isEmpty()) {
                        continue;
                    }
                    AggregationKey<Map<Range<Double>, Long>> key = AggregationKey.of(field);
                    List<Range<Double>> ranges = ranges(edges).stream()
                            .map(r -> Range.between(r.lowerBoundValue().map(BigDecimal::doubleValue).orElse(null), RangeBoundInclusion.INCLUDED,
                                    r.upperBoundValue().map(BigDecimal::doubleValue).orElse(null), RangeBoundInclusion.EXCLUDED)).toList();
                    step = step.aggregation(key, f -> f.range().field(field, Double.class).ranges(ranges));
                    attributeKeys.put(attribute.key(), key);
                } else if (attribute.type() != AttributeType.TEXT) {
                    AggregationKey<Map<String, Long>> key = AggregationKey.of(field);
                    step = step.aggregation(key, f -> f.terms().field(field, String.class).maxTermCount(30));
                    attributeKeys.put(attribute.key(), key);
                }
            }
        }
        SearchResult<Hit> result = fetch(step, query);

        List<Facet> facets = new ArrayList<>();
        facets.add(terms("category", "Category", result.aggregation(categories)));
        facets.add(terms("brand", "Brand", result.aggregation(brands)));
        if (!priceRanges.isEmpty()) {
            facets.add(priceFacet(result.aggregation(prices), numbers.currency()));
        }
        facets.add(new Facet("rating", "Rating", Facet.Kind.RANGE, "stars", result.aggregation(ratings).entrySet().stream()
                .map(e -> new Bucket(e.getKey().lowerBoundValue().orElseThrow().toPlainString(),
                        e.getKey().lowerBoundValue().orElseThrow().toPlainString() + " stars and up", e.getValue(),
                        e.getKey().lowerBoundValue().orElseThrow(), null)).toList()));
        facets.add(new Facet("in_stock", "Availability", Facet.Kind.TERMS, null, List.of(
                new Bucket("true", "In stock", result.aggregation(stock).getOrDefault(true, 0L), null, null))));
        facets.add(terms("reason", "Good for", result.aggregation(reasons)));
        if (category != null) {
            for (AttributeDefinition attribute : category.attributes()) {
                AggregationKey<?> key = attributeKeys.get(attribute.key());
                if (key != null) {
                    facets.add(attributeFacet(attribute, result.aggregation(key)));
                }
            }
        }
        List<ProductSummary> hits = cards(result.hits());
        return new SearchResults(result.total().hitCount(), query.page(), query.pageSize(), hits, facets, reading.interpretations());
    }

    /** The query's page from OpenSearch, lapped as the request's {@code opensearch} time and counted as one search. */
    private static SearchResult<Hit> fetch(SearchQueryOptionsStep<?, ?, Hit, SearchLoadingOptionsStep, ?, ?> step, SearchQuery query) {
        SearchResult<Hit> result = step.fetch(query.page() * query.pageSize(), query.pageSize());
        ServerTiming.lap("opensearch");
        ServerTiming.count("searches", 1);
        return result;
    }

    /** A hit: the product's id and the card the index keeps for it (null for a document written before cards were kept). */
    private record Hit(UUID id, String summary) {
    }

    /**
     * The hits' cards from the index (IndexedSummary, ADR 19), in hit order; a document without a
     * readable card is answered from the database, so a hit is never dropped while the index catches up.
     */
    private static List<ProductSummary> cards(List<Hit> hits) {
        List<ProductSummary> cards = new ArrayList<>(hits.size());
        List<UUID> missing = new ArrayList<>();
        for (Hit hit : hits) {
            ProductSummary card = IndexedSummary.read(hit.summary());
            cards.add(card);
            if (card == null) {
                missing.add(hit.id());
            }
        }
        if (missing.isEmpty()) {
            return cards;
        }
        Map<UUID, ProductSummary> loaded = new HashMap<>();
        QuarkusTransaction.joiningExisting().run(() -> Product.<Product>list("id in ?1", missing)
                .forEach(p -> loaded.put(p.id, p.toSummary())));
        List<ProductSummary> complete = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            ProductSummary card = cards.get(i) != null ? cards.get(i) : loaded.get(hits.get(i).id());
            if (card != null) {
                complete.add(card); // a product deleted since it was indexed is left out
            }
        }
        return complete;
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, SearchQuery query, QueryInterpreter.Reading reading,
                                                Map<String, AttributeType> attributeTypes) {
        BooleanPredicateClausesStep<?, ?> b = f.bool();
        {
            if (reading.text().isBlank()) {
                b.must(f.matchAll());
            } else {
                b.must(f.simpleQueryString()
                        .field("title").boost(3f)
                        .field("brand").boost(2f)
                        .fields("description", "bullets", "boundaries", "qa.question", "qa.answer")
                        .matching(reading.text()).defaultOperator(BooleanOperator.AND));
            }
            if (query.category() != null) {
                b.filter(f.match().field("category").matching(query.category()));
            }
            if (!query.brands().isEmpty()) {
                b.filter(f.terms().field("brand_keyword").matchingAny(query.brands()));
            }
            if (query.priceMin() != null || query.priceMax() != null) {
                b.filter(f.range().field("price").between(query.priceMin(), query.priceMax()));
            }
            if (query.minRating() != null) {
                b.filter(f.range().field("rating").atLeast(query.minRating()));
            }
            if (query.inStockOnly()) {
                b.filter(f.match().field("in_stock").matching(true));
            }
            Set<String> reasons = new java.util.HashSet<>(query.reasonCodes());
            reasons.addAll(reading.reasonCodes());
            reasons.forEach(code -> b.filter(f.match().field("reason").matching(code)));
            query.attributes().forEach((key, filter) -> b.filter(attributeFilter(f, key, filter)));
            reading.attributeTerms().forEach((key, values) -> {
                if (!query.attributes().containsKey(key)) {
                    b.filter(f.terms().field(AttributesBinder.field(key, AttributeType.ENUM)).matchingAny(values));
                }
            });
            reading.quantities().forEach(q -> {
                SimpleBooleanPredicateClausesStep<?, ?> any = f.or();
                q.attributes().forEach(key -> any.add(f.range().field(AttributesBinder.field(key, AttributeType.NUMBER))
                        .between(q.min().doubleValue(), q.max().doubleValue())));
                b.filter(any);
            });
        }
        return b;
    }

    private static SearchPredicate attributeFilter(SearchPredicateFactory f, String key, AttributeFilter filter) {
        return switch (filter) {
            case AttributeFilter.Range r -> f.range().field(AttributesBinder.field(key, AttributeType.NUMBER))
                    .between(r.min() == null ? null : r.min().doubleValue(), r.max() == null ? null : r.max().doubleValue()).toPredicate();
            case AttributeFilter.AnyOf any -> f.terms().field(AttributesBinder.field(key, AttributeType.ENUM)).matchingAny(any.values()).toPredicate();
        };
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchQuery query) {
        return switch (query.sort()) {
            case RELEVANCE -> f.score().then().field("title_sort");
            case PRICE_ASC -> f.field("price").asc().then().score().then().field("title_sort");
            case PRICE_DESC -> f.field("price").desc().then().score().then().field("title_sort");
            case RATING -> f.field("rating").desc().missing().last().then().score().then().field("title_sort");
            case NEWEST -> f.field("createdAt").desc().then().field("title_sort");
        };
    }

    private static void checkFilter(String key, AttributeFilter filter, Map<String, AttributeType> types) {
        AttributeType type = types.get(key);
        if (type == null) {
            throw new IllegalArgumentException("'" + key + "' is not an attribute of the categories searched");
        }
        boolean number = type == AttributeType.NUMBER;
        if (number != filter instanceof AttributeFilter.Range) {
            throw new IllegalArgumentException("attribute " + key + " is " + type.name().toLowerCase(Locale.ROOT)
                    + (number ? "; filter it with a range (min/max)" : "; filter it with values"));
        }
        if (type == AttributeType.TEXT) {
            throw new IllegalArgumentException("attribute " + key + " is free text; search for its words instead");
        }
    }

    private static Map<String, AttributeType> attributeTypes(Vocabulary words, String category) {
        Map<String, AttributeType> types = new LinkedHashMap<>();
        words.categories().values().stream().filter(c -> category == null || c.key().equals(category))
                .flatMap(c -> c.attributes().stream()).forEach(a -> types.putIfAbsent(a.key(), a.type()));
        return types;
    }

    private static Facet terms(String key, String label, Map<String, Long> counts) {
        return new Facet(key, label, Facet.Kind.TERMS, null, counts.entrySet().stream()
                .map(e -> new Bucket(e.getKey(), e.getKey(), e.getValue(), null, null)).toList());
    }

    private static Facet priceFacet(Map<Range<Long>, Long> counts, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        Function<Long, BigDecimal> major = minor -> minor == null ? null : BigDecimal.valueOf(minor, digits).stripTrailingZeros();
        String symbol = currency.getSymbol(Locale.US);
        List<Bucket> buckets = counts.entrySet().stream().map(e -> {
            BigDecimal from = major.apply(e.getKey().lowerBoundValue().orElse(null));
            BigDecimal to = major.apply(e.getKey().upperBoundValue().orElse(null));
            return new Bucket(value(from, to), rangeLabel(from, to, symbol, ""), e.getValue(), from, to);
        }).toList();
        return new Facet("price", "Price", Facet.Kind.RANGE, currencyCode, buckets);
    }

    @SuppressWarnings("unchecked")
    private static Facet attributeFacet(AttributeDefinition attribute, Object counts) {
        String key = "attr." + attribute.key();
        if (attribute.type() != AttributeType.NUMBER) {
            Facet facet = terms(key, attribute.label(), (Map<String, Long>) counts);
            return facet;
        }
        Unit shown = attribute.displayUnit();
        String unit = shown == null ? "" : " " + shown.symbol();
        List<Bucket> buckets = ((Map<Range<Double>, Long>) counts).entrySet().stream().map(e -> {
            BigDecimal from = e.getKey().lowerBoundValue().map(v -> display(v, shown)).orElse(null);
            BigDecimal to = e.getKey().upperBoundValue().map(v -> display(v, shown)).orElse(null);
            return new Bucket(value(from, to), rangeLabel(from, to, "", unit), e.getValue(), from, to);
        }).toList();
        return new Facet(key, attribute.label(), Facet.Kind.RANGE, shown == null ? null : shown.symbol(), buckets);
    }

    private static BigDecimal display(double canonical, Unit shown) {
        BigDecimal value = BigDecimal.valueOf(canonical);
        if (shown != null) {
            value = shown.fromCanonical(value);
        }
        return value.round(new java.math.MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static String value(BigDecimal from, BigDecimal to) {
        return (from == null ? "" : from.toPlainString()) + ".." + (to == null ? "" : to.toPlainString());
    }

    private static String rangeLabel(BigDecimal from, BigDecimal to, String prefix, String suffix) {
        if (from == null) {
            return "under " + prefix + to.toPlainString() + suffix;
        }
        if (to == null) {
            return prefix + from.toPlainString() + suffix + " and up";
        }
        return prefix + from.toPlainString() + "–" + prefix + to.toPlainString() + suffix;
    }

    /** [null, e1), [e1, e2), ..., [en, null) */
    private static List<Range<BigDecimal>> ranges(List<BigDecimal> edges) {
        List<Range<BigDecimal>> ranges = new ArrayList<>();
        if (edges.isEmpty()) {
            return ranges;
        }
        ranges.add(Range.between(null, RangeBoundInclusion.INCLUDED, edges.get(0), RangeBoundInclusion.EXCLUDED));
        for (int i = 1; i < edges.size(); i++) {
            ranges.add(Range.between(edges.get(i - 1), RangeBoundInclusion.INCLUDED, edges.get(i), RangeBoundInclusion.EXCLUDED));
        }
        ranges.add(Range.between(edges.get(edges.size() - 1), RangeBoundInclusion.INCLUDED, null, RangeBoundInclusion.EXCLUDED));
        return ranges;
    }

    private Vocabulary vocabulary() {
        Vocabulary current = vocabulary;
        if (current == null || current.loadedAt().plus(CACHE_LIFETIME).isBefore(Instant.now())) {
            current = QuarkusTransaction.joiningExisting().call(() -> new Vocabulary(Instant.now(),
                    SynonymRecord.<SynonymRecord>listAll().stream().map(SynonymRecord::toSynonym).toList(),
                    Category.<Category>listAll().stream().map(Category::toDefinition)
                            .collect(java.util.stream.Collectors.toMap(CategoryDefinition::key, c -> c, (a, b) -> a, LinkedHashMap::new))));
            vocabulary = current;
        }
        return current;
    }

    private Stats stats(String category) {
        String key = category == null ? ALL : category;
        Stats current = stats.get(key);
        if (current == null || current.loadedAt().plus(CACHE_LIFETIME).isBefore(Instant.now())) {
            current = QuarkusTransaction.joiningExisting().call(() -> loadStats(category));
            stats.put(key, current);
        }
        return current;
    }

    private Stats loadStats(String category) {
        Map<String, List<BigDecimal>> numbers = new LinkedHashMap<>();
        if (category != null) {
            List<Map<String, StoredValue>> rows = Product.getEntityManager()
                    .createQuery("select p.attributes from Product p where p.category = :c", (Class<Map<String, StoredValue>>) (Class<?>) Map.class)
                    .setParameter("c", category).getResultList();
            for (Map<String, StoredValue> attributes : rows) {
                attributes.forEach((key, value) -> {
                    if (value.type() == AttributeType.NUMBER) {
                        numbers.computeIfAbsent(key, k -> new ArrayList<>()).add(value.number());
                    }
                });
            }
        }
        Map<String, List<BigDecimal>> edges = new LinkedHashMap<>();
        numbers.forEach((key, values) -> {
            values.sort(null);
            edges.put(key, RangeEdges.of(values, RANGE_BUCKETS));
        });
        List<Object[]> priceRows = Product.getEntityManager().createQuery(
                        "select min(v.priceMinor), min(v.currency) from Variant v where (:c is null or v.product.category = :c) group by v.product.id",
                        Object[].class)
                .setParameter("c", category).getResultList();
        List<BigDecimal> prices = new ArrayList<>(priceRows.stream().map(r -> BigDecimal.valueOf((Long) r[0])).toList());
        prices.sort(null);
        String currency = priceRows.isEmpty() ? "USD" : (String) priceRows.get(0)[1];
        List<BigDecimal> priceEdges = RangeEdges.of(prices, RANGE_BUCKETS).stream()
                .map(edge -> edge.setScale(0, RoundingMode.HALF_EVEN)).distinct().toList();
        return new Stats(Instant.now(), edges, priceEdges, currency);
    }
}
