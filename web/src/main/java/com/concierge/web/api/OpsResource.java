package com.concierge.web.api;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.IndexStatus;
import com.concierge.catalog.api.imports.CatalogImports;
import com.concierge.catalog.api.imports.ImportJob;
import com.concierge.catalog.api.imports.ImportProgress;
import com.concierge.kernel.events.Outbox;
import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

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
    private final CatalogImports jobs;
    private final Changes changes;

    OpsResource(Outbox outbox, Catalog catalog, CatalogImports jobs, Changes changes) {
        this.outbox = outbox;
        this.catalog = catalog;
        this.jobs = jobs;
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

    /**
     * Queues a rebuild of the search index on this replica, in the background (what the console's
     * operations page does): 202 with the job; {@code GET /api/ops/jobs/{id}} follows its progress.
     */
    @POST
    @Path("/search/rebuild")
    public Response rebuild(@Context SecurityContext security) {
        ImportJob job = changes.recordOutcome("rebuild", "search-index", "products",
                () -> jobs.reindex(Identities.name(security.getUserPrincipal())));
        return Response.accepted(job).location(URI.create("/api/ops/jobs/" + job.id())).build();
    }

    /** The newest catalog jobs (imports and rebuilds), without imports' reports: for ops, read-only. */
    @GET
    @Path("/jobs")
    public List<ImportJob> jobs(@QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be 1 to 200")
                                  @Max(value = 200, message = "must be 1 to 200") int limit) {
        return jobs.recent(limit).stream().map(ImportJob::withoutReport).toList();
    }

    @GET
    @Path("/jobs/{id}")
    public ImportJob job(@PathParam("id") String id) {
        UUID parsed;
        try {
            parsed = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + id + "' is not a job id (a UUID)");
        }
        return jobs.job(parsed).map(ImportJob::withoutReport).orElseThrow(() -> new NoSuchElementException("no job " + id));
    }

    /** Pending, failing and sent outbox rows. */
    @GET
    @Path("/outbox")
    public Outbox.Status outbox() {
        return outbox.status();
    }
}
