package com.concierge.web.pages;

import com.concierge.catalog.api.ProductSearch;
import com.concierge.catalog.api.IndexStatus;
import com.concierge.catalog.api.imports.CatalogImports;
import com.concierge.catalog.api.imports.ImportJob;
import com.concierge.kernel.events.Outbox;
import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import com.concierge.web.security.NotAChange;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Operations in the console (docs/console.md#operations), for ops and merchandisers: event delivery,
 * the search index as the newest comparison with the database found it (Compare now makes one), and
 * the newest imports and rebuilds, read-only; the
 * index's repair (writes the documents that differ, at once) and rebuild (every document, as a
 * background job with progress that any replica shows). The same as the ops API's
 * {@code /api/ops/search/repair} and {@code /api/ops/search/rebuild}; each is a change-log entry.
 */
@Path("/admin/operations")
@RolesAllowed({"merchandiser", "ops"})
public class AdminOperationsPage {

    static final int JOBS_SHOWN = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance operations(String user, boolean merchandiser, Outbox.Status outbox, IndexStatus index,
                                                  List<ImportJob> jobs, String notice);
    }

    private final SecurityIdentity identity;
    private final Outbox outbox;
    private final ProductSearch catalog;
    private final CatalogImports jobs;
    private final Changes changes;

    AdminOperationsPage(SecurityIdentity identity, Outbox outbox, ProductSearch catalog, CatalogImports jobs, Changes changes) {
        this.identity = identity;
        this.outbox = outbox;
        this.catalog = catalog;
        this.jobs = jobs;
        this.changes = changes;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance operations() {
        return page(catalog.lastIndexStatus().orElse(null), null);
    }

    /**
     * Compares the index with the database document by document now (it reads every product, so the
     * page shows the newest comparison instead of making one on each view). The answer is the page
     * with this comparison: the newest one is kept per replica, and a redirect could reach another.
     */
    @POST
    @Path("/compare")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED) // the page's forms; any other body is refused (415), never run unchecked
    @Produces(MediaType.TEXT_HTML)
    @NotAChange("reads the index and the database and writes nothing")
    public TemplateInstance compare() {
        return page(catalog.indexStatus(), "Compared: the figures below are from now.");
    }

    /** Writes the documents that differ from the database and answers with the index as it is after (on this replica). */
    @POST
    @Path("/repair")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED) // the page's forms; any other body is refused (415), never run unchecked
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance repair() {
        IndexStatus after = changes.recordOutcome("repair", "search-index", "products", catalog::repairIndex);
        return page(after, "Repaired: every document that differed from the database was written again.");
    }

    /** Queues a rebuild of the whole index on this replica; its page follows the progress. */
    @POST
    @Path("/rebuild")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED) // the page's forms; any other body is refused (415), never run unchecked
    @Produces(MediaType.TEXT_HTML)
    public Response rebuild() {
        ImportJob job = changes.recordOutcome("rebuild", "search-index", "products", () -> jobs.reindex(Identities.name(identity)));
        return Pages.seeOther("/admin/imports/" + job.id());
    }

    private TemplateInstance page(IndexStatus index, String notice) {
        return Templates.operations(Identities.name(identity), identity.hasRole("merchandiser"), outbox.status(), index,
                jobs.recent(JOBS_SHOWN), notice);
    }
}
