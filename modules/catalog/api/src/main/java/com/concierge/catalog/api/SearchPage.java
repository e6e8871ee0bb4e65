package com.concierge.catalog.api;

import java.util.List;

/** One page of search hits and the total number of matches. */
public record SearchPage(long total, List<ProductSummary> hits) {
}
