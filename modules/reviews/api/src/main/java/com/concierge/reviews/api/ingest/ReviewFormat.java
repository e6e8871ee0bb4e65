package com.concierge.reviews.api.ingest;

/** The file formats a review import reads: CSV with a header row, or a JSON array of objects. */
public enum ReviewFormat {
    CSV, JSON
}
