package com.concierge.catalog.api;

/** The search engine did not answer; product pages still work from the database. */
public class SearchUnavailableException extends RuntimeException {
    public SearchUnavailableException(Throwable cause) {
        super("search is unavailable right now", cause);
    }
}
