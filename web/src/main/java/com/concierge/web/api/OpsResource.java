package com.concierge.web.api;

import com.concierge.web.security.Changes;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.IndexStatus;
import com.concierge.catalog.api.imports.ImportProgress;
import com.concierge.kernel.events.Outbox;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What retailer operations need: event delivery and the search index. */
@Path("/api/ops")
@RolesAllowed("ops")
@Produces(MediaType.APPLICATION_JSON)
public class OpsResource {

    /** What a reindex did. */
    public record Reindexed(long indexed, double seconds) {
    }

    private final Outbox outbox;
    private final Catalog catalog;
    private final Changes changes;

    OpsResource(Outbox outbox, Catalog catalog, Changes changes) {
        this.outbox = outbox;
        this.catalog = catalog;
        this.changes = changes;
    }

    /**
     * The search index compared with the database document by document: stale, missing and orphaned
     * documents, products waiting to be indexed, products search refuses (docs/search.md#keeping-the-index-right).
     */
    @GET
    @Path("/search")
    public IndexStatus search() {
        return catalog.indexStatus();
    }

    /** Compares as GET does and writes every document that differs, without rebuilding the rest. */
    @POST
    @Path("/search/repair")
    public IndexStatus repair() {
        return changes.recordOutcome("repair", "search-index", "products", catalog::repairIndex);
    }

    /** Rebuilds the search index from the database (after an OpenSearch outage, say). Takes seconds per 10,000 products. */
    @POST
    @Path("/search/reindex")
    public Reindexed reindex() {
        long started = System.nanoTime();
        long indexed = changes.recordOutcome("reindex", "search-index", "products", () -> catalog.reindex(ImportProgress.NONE));
        return new Reindexed(indexed, (System.nanoTime() - started) / 1e9);
    }

    /** Pending, failing and sent outbox rows. */
    @GET
    @Path("/outbox")
    public Outbox.Status outbox() {
        return outbox.status();
    }
}
