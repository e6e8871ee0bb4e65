package com.concierge.catalog.api.search;

/** How hits are ordered. Ties fall back to relevance, then title. */
public enum SortOrder {
    RELEVANCE, PRICE_ASC, PRICE_DESC, RATING, NEWEST
}
