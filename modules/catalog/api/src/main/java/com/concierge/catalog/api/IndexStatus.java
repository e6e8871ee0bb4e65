package com.concierge.catalog.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The search index compared with the database, document by document (docs/search.md#keeping-the-index-right).
 *
 * @param products    products in the database that are sold (archived ones have no document)
 * @param indexed     documents in the search index
 * @param stale       products whose document holds older content than the database (compared by content version)
 * @param missing     products without a document
 * @param orphaned    documents of products the database no longer has or that are archived
 * @param pending     products whose indexing failed and that the store re-indexes by itself once search answers
 * @param unindexable products search refused to index (skipped; retried at every check and when they change)
 * @param checkedAt   when this comparison was made
 */
public record IndexStatus(long products, long indexed, long stale, long missing, long orphaned, long pending,
                          List<Unindexable> unindexable, Instant checkedAt) {

    public IndexStatus {
        unindexable = List.copyOf(unindexable);
    }

    /** The index holds exactly the database's content. */
    public boolean inSync() {
        return stale == 0 && missing == 0 && orphaned == 0;
    }

    /** Products waiting to be indexed, and products search refuses to index. */
    public record IndexBacklog(int pending, int unindexable) {
    }

    /** A product search refused to index, and why. */
    public record Unindexable(UUID product, String reason) {
    }
}
