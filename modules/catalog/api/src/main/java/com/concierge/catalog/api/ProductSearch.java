package com.concierge.catalog.api;

import com.concierge.catalog.api.imports.ImportProgress;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.catalog.api.search.Synonym;
import java.util.List;

/**
 * Search: queries with filters and facets, synonyms, and the index kept in step with the database
 * (docs/search.md). The console's synonyms and operations pages talk to this.
 * Part of {@link Catalog}.
 */
public interface ProductSearch {

    /**
     * Rebuilds the search index from the database (mass indexing): after OpenSearch lost its data,
     * was down during edits, or the mapping changed.
     *
     * @return products indexed
     */
    long reindex(ImportProgress progress);

    /**
     * The search index compared with the database document by document (content versions): stale,
     * missing and orphaned documents, products waiting to be indexed, products search refuses.
     *
     * @throws SearchUnavailableException when search does not answer
     */
    IndexStatus indexStatus();

    /**
     * The newest comparison this replica made ({@link #indexStatus()}, a repair, or a background
     * round), without comparing again: a full comparison reads every product, too much for each
     * view of a page. Empty until one ran since the replica started.
     */
    java.util.Optional<IndexStatus> lastIndexStatus();

    /** Compares as {@link #indexStatus()} does and writes every document that differs; the status after. */
    IndexStatus repairIndex();

    /**
     * The index check a store runs as it starts: an empty index while the database holds products is
     * built now (a new OpenSearch, a lost volume); otherwise the document-by-document comparison and
     * its repair run on the next background round ({@code cc.search.repair-every}), so a large catalog
     * does not hold the start (docs/search.md#keeping-the-index-right).
     *
     * @throws SearchUnavailableException when search does not answer
     */
    void checkIndexAtStart();

    /** Products waiting to be indexed and products search refuses, without comparing (cheap: for metrics). */
    IndexStatus.IndexBacklog indexBacklog();

    /** Every synonym, by term. */
    List<Synonym> synonyms();

    /** Adds or replaces the synonym for its term; search uses it at once. */
    Synonym putSynonym(Synonym synonym);

    /** Removes a synonym; false when there was none. */
    boolean deleteSynonym(String term);

    /**
     * Searches OpenSearch: full text, hard filters, facets, sorting (see {@link SearchQuery}).
     *
     * @throws IllegalArgumentException   for an unknown category or attribute, or a filter of the wrong kind
     * @throws SearchUnavailableException when OpenSearch does not answer
     */
    SearchResults search(SearchQuery query);

    /**
     * Several searches, answered in their order as {@link #search} answers each; the catalog may run
     * them at the same time, so a caller that needs four (the shopper's limits, then each loosened
     * alone) waits about as long as for the slowest instead of for their sum.
     *
     * @throws IllegalArgumentException   as {@link #search} does, for the first query found wrong
     * @throws SearchUnavailableException when OpenSearch does not answer one of them
     */
    default List<SearchResults> searchAll(List<SearchQuery> queries) {
        return queries.stream().map(this::search).toList();
    }
}
