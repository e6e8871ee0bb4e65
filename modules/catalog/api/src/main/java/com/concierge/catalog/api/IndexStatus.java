package com.concierge.catalog.api;

/** How many products the database holds and how many the search index holds. */
public record IndexStatus(long products, long indexed) {

    public boolean inSync() {
        return products == indexed;
    }
}
