package com.concierge.web.api;

import com.concierge.web.security.Changes;
import com.concierge.kernel.files.FileFormat;
import com.concierge.reviews.api.Reviews;
import com.concierge.reviews.api.ingest.ReviewImportReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;

/**
 * Reviews of many products in one file (docs/reviews.md); the review queue and the do-not-generate
 * list have their own resources ({@link AdminReviewFlagResource}, {@link AdminDoNotGenerateResource}).
 * Each admin resource has its own root path: a class at {@code /api/admin} would shadow the others.
 */
@Path("/api/admin/reviews")
@RolesAllowed("merchandiser")
@Produces(MediaType.APPLICATION_JSON)
public class AdminReviewResource {

    private final Reviews reviews;
    private final Changes changes;

    AdminReviewResource(Reviews reviews, Changes changes) {
        this.reviews = reviews;
        this.changes = changes;
    }

    /** Reviews of many products: the columns of a one-product import plus {@code product} (handle or id). */
    @POST
    @Consumes({"text/csv", "application/csv", MediaType.APPLICATION_JSON})
    public ReviewImportReport importReviews(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        FileFormat format = AdminImportResource.fileFormat(contentType, body, "the reviews", "split it, or use the review import CLI (ops/reviews import)");
        return changes.recordOutcome("import", "reviews", "file of " + body.length() + " characters",
                () -> reviews.importReviews(format, new StringReader(body)));
    }
}
