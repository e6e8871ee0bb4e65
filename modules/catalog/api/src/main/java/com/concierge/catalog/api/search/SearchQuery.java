package com.concierge.catalog.api.search;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a shopper (or the assistant) asks the catalog search for. Filters are hard: a hit always
 * satisfies all of them.
 *
 * @param text        the shopper's words; blank matches everything
 * @param category    category key, or null for all
 * @param brands      any of these brands (empty: any)
 * @param priceMin    lowest "from" price in minor units of the store currency, or null
 * @param priceMax    highest "from" price in minor units, or null
 * @param minRating   at least this average rating, or null
 * @param inStockOnly only products with a variant in stock
 * @param reasonCodes every one of these reason codes
 * @param attributes  attribute key → filter, checked against the category schemas
 * @param page        from 0
 * @param pageSize    1–100
 * @param facets      whether the answer counts facets; the assistant's candidate searches need only
 *                    the hits, and the counts over every attribute are most of a search's work
 */
public record SearchQuery(String text, String category, Set<String> brands, Long priceMin, Long priceMax, BigDecimal minRating,
                          boolean inStockOnly, Set<String> reasonCodes, Map<String, AttributeFilter> attributes, SortOrder sort,
                          int page, int pageSize, boolean facets) {

    public static final int MAX_PAGE_SIZE = 100;
    /** Deep paging is what crawlers do, not shoppers; it also keeps OpenSearch's result window small. */
    public static final int MAX_PAGE = 99;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > 500) {
            throw new IllegalArgumentException("q is longer than 500 characters");
        }
        category = category == null || category.isBlank() ? null : category.strip();
        brands = brands == null ? Set.of() : Set.copyOf(brands);
        reasonCodes = reasonCodes == null ? Set.of() : Set.copyOf(reasonCodes);
        attributes = attributes == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(attributes));
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (priceMin != null && priceMin < 0 || priceMax != null && priceMax < 0) {
            throw new IllegalArgumentException("a price bound must not be negative");
        }
        if (priceMin != null && priceMax != null && priceMin > priceMax) {
            throw new IllegalArgumentException("price.min is above price.max");
        }
        if (minRating != null && (minRating.signum() < 0 || minRating.compareTo(BigDecimal.valueOf(5)) > 0)) {
            throw new IllegalArgumentException("rating.min must be between 0 and 5");
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 0 and " + MAX_PAGE);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    /** A query with its facets counted. */
    public SearchQuery(String text, String category, Set<String> brands, Long priceMin, Long priceMax, BigDecimal minRating,
                       boolean inStockOnly, Set<String> reasonCodes, Map<String, AttributeFilter> attributes, SortOrder sort,
                       int page, int pageSize) {
        this(text, category, brands, priceMin, priceMax, minRating, inStockOnly, reasonCodes, attributes, sort, page, pageSize, true);
    }

    /** Plain words, first page of 20, no filters. */
    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, Set.of(), null, null, null, false, Set.of(), Map.of(), SortOrder.RELEVANCE, 0, 20);
    }

    public SearchQuery withCategory(String key) {
        return new SearchQuery(text, key, brands, priceMin, priceMax, minRating, inStockOnly, reasonCodes, attributes, sort, page, pageSize, facets);
    }

    public SearchQuery withAttribute(String key, AttributeFilter filter) {
        Map<String, AttributeFilter> more = new LinkedHashMap<>(attributes);
        more.put(key, filter);
        return new SearchQuery(text, category, brands, priceMin, priceMax, minRating, inStockOnly, reasonCodes, more, sort, page, pageSize, facets);
    }

    public SearchQuery withPrice(Long min, Long max) {
        return new SearchQuery(text, category, brands, min, max, minRating, inStockOnly, reasonCodes, attributes, sort, page, pageSize, facets);
    }

    public SearchQuery withReasons(Set<String> codes) {
        return new SearchQuery(text, category, brands, priceMin, priceMax, minRating, inStockOnly, codes, attributes, sort, page, pageSize, facets);
    }

    public SearchQuery withSort(SortOrder order) {
        return new SearchQuery(text, category, brands, priceMin, priceMax, minRating, inStockOnly, reasonCodes, attributes, order, page, pageSize, facets);
    }

    public SearchQuery withPage(int number, int size) {
        return new SearchQuery(text, category, brands, priceMin, priceMax, minRating, inStockOnly, reasonCodes, attributes, sort, number, size, facets);
    }

    /** The same search answering only its hits (no facet counts). */
    public SearchQuery withoutFacets() {
        return new SearchQuery(text, category, brands, priceMin, priceMax, minRating, inStockOnly, reasonCodes, attributes, sort, page, pageSize, false);
    }
}
