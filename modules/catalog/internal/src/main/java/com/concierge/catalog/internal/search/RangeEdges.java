package com.concierge.catalog.internal.search;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Bucket edges for a range facet: the quantiles of the values, rounded to two significant digits
 * so a shopper reads "55–60 dB", not "54.7–60.3 dB".
 */
final class RangeEdges {

    private RangeEdges() {
    }

    /**
     * @param sortedValues the values, ascending
     * @param buckets      how many buckets to aim for
     * @return the inner edges, strictly increasing (empty when the values do not spread)
     */
    static List<BigDecimal> of(List<BigDecimal> sortedValues, int buckets) {
        List<BigDecimal> edges = new ArrayList<>();
        if (sortedValues.size() < 2) {
            return edges;
        }
        BigDecimal lowest = sortedValues.get(0);
        BigDecimal highest = sortedValues.get(sortedValues.size() - 1);
        for (int k = 1; k < buckets; k++) {
            BigDecimal quantile = sortedValues.get((int) ((long) k * sortedValues.size() / buckets));
            BigDecimal edge = quantile.signum() == 0 ? quantile : quantile.round(new MathContext(2, RoundingMode.HALF_EVEN));
            edge = new BigDecimal(edge.stripTrailingZeros().toPlainString());
            boolean inside = edge.compareTo(lowest) > 0 && edge.compareTo(highest) <= 0;
            if (inside && (edges.isEmpty() || edge.compareTo(edges.get(edges.size() - 1)) > 0)) {
                edges.add(edge);
            }
        }
        return edges;
    }
}
