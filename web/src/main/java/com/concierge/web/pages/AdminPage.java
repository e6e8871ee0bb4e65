package com.concierge.web.pages;

import com.concierge.web.security.Changes;
import com.concierge.catalog.api.ProductCatalog;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.web.security.Identities;
import com.concierge.kernel.events.Outbox;
import com.concierge.reviews.api.Reviews;
import com.concierge.reviews.api.moderation.Flag;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/** The merchandiser console's landing page; Keycloak login guards it (code flow). */
@Path("/admin")
@RolesAllowed("merchandiser")
public class AdminPage {

    /** Open review flags listed on the console, oldest first. */
    static final int QUEUE_SHOWN = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance console(String user, Outbox.Status outbox, List<Flag> flags, ProductSummary ofProduct,
                                               List<ProductSummary> archived, String notice);
    }

    /** Archived products listed on the console, most recent first. */
    static final int ARCHIVED_SHOWN = 20;

    private final SecurityIdentity identity;
    private final Outbox outbox;
    private final Reviews reviews;
    private final ProductCatalog catalog;
    private final Changes changes;

    AdminPage(SecurityIdentity identity, Outbox outbox, Reviews reviews, ProductCatalog catalog, Changes changes) {
        this.identity = identity;
        this.outbox = outbox;
        this.reviews = reviews;
        this.catalog = catalog;
        this.changes = changes;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance console(@QueryParam("done") String done, @QueryParam("product") String product) {
        ProductSummary of = product == null || product.isBlank() ? null
                : catalog.productIdByHandle(product.strip()).flatMap(catalog::product).orElse(null);
        if (product != null && !product.isBlank() && of == null) {
            return page("There is no product with the handle '" + product.strip() + "'; the whole queue is shown.", null);
        }
        return page(done == null ? null : switch (done) {
            case "archived" -> "Archived: the product is no longer sold.";
            case "restored" -> "Restored: the product is sold again.";
            case "cleared" -> "Cleared: the content may be used again; the product's summary is being recomputed.";
            case "confirmed" -> "Confirmed: the content stays held out of summaries and answers.";
            default -> null;
        }, of);
    }

    /**
     * Decides a review flag (docs/reviews.md): clear (the content may be used again) or confirm (it
     * stays held out), with an optional note; the same as {@code POST /api/admin/review-flags/{id}/decision}.
     * The decider is the signed-in merchandiser.
     */
    @POST
    @Path("/review-flags/decide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@RestForm("flag") String flag, @RestForm("decision") String decision, @RestForm("note") String note) {
        Flag.Decision chosen = "clear".equals(decision) ? Flag.Decision.CLEAR : "confirm".equals(decision) ? Flag.Decision.CONFIRM : null;
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (chosen == null) {
            return refused(422, "Choose Clear or Confirm. Nothing was decided.");
        }
        if (kept != null && kept.length() > 2000) {
            return refused(422, "The note has " + kept.length() + " characters; at most 2000. Nothing was decided.");
        }
        Optional<UUID> id = Pages.uuid(flag);
        if (id.isEmpty()) {
            return refused(404, "There is no such review flag. Nothing was decided.");
        }
        try {
            changes.recordOutcome("decide", "review-flag", id.get().toString(),
                    () -> reviews.decide(id.get(), chosen, Identities.name(identity), kept));
        } catch (java.util.NoSuchElementException e) {
            return refused(404, "There is no such review flag. Nothing was decided.");
        }
        return Pages.seeOther("/admin?done=" + (chosen == Flag.Decision.CLEAR ? "cleared" : "confirmed"));
    }

    private Response refused(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page(message, null)).build();
    }

    /** The console; with {@code of}, the review queue holds only that product's open flags. */
    private TemplateInstance page(String notice, ProductSummary of) {
        return Templates.console(Identities.name(identity), outbox.status(),
                reviews.flags(Flag.Status.OPEN, of == null ? null : of.id(), QUEUE_SHOWN), of, catalog.archivedProducts(ARCHIVED_SHOWN), notice);
    }
}
