package com.concierge.catalog.api.search;

import com.concierge.catalog.api.ProductSummary;
import java.math.BigDecimal;
import java.util.List;

/**
 * One page of hits with facet counts over all matches.
 *
 * @param total       matches in all
 * @param hits        this page
 * @param facets      brand, category, price, rating, stock, reason codes, and the attributes of the
 *                    category being searched
 * @param interpreted words of the query the catalog turned into filters (synonyms, quantities)
 */
public record SearchResults(long total, int page, int pageSize, List<ProductSummary> hits, List<Facet> facets,
                            List<Interpretation> interpreted) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
        interpreted = List.copyOf(interpreted);
    }

    /**
     * Counts per value or range of one field, over every match (not just this page).
     *
     * @param key   the filter name it maps to: "brand", "category", "price", "rating", "in_stock",
     *              "reason", or "attr.&lt;attribute key&gt;"
     * @param kind  TERMS (values) or RANGE (buckets)
     * @param unit  for ranges: the unit bounds are written in (display unit, or the currency code)
     */
    public record Facet(String key, String label, Kind kind, String unit, List<Bucket> buckets) {
        public enum Kind { TERMS, RANGE }

        public Facet {
            buckets = List.copyOf(buckets);
        }
    }

    /**
     * @param value for TERMS: the value to filter on; for RANGE: "from..to" in the facet's unit
     * @param from  for RANGE: lower bound (inclusive, in the facet's unit) or null
     * @param to    for RANGE: upper bound (exclusive) or null
     */
    public record Bucket(String value, String label, long count, BigDecimal from, BigDecimal to) {
    }

    /** "quiet" was read as reason code quiet; "2 qt" as capacity 1.7–2.1 L. */
    public record Interpretation(String term, String meaning) {
    }
}
