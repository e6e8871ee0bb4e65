package com.concierge.web.api;

import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import com.concierge.reviews.api.Reviews;
import com.concierge.reviews.api.moderation.Flag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The review queue (docs/reviews.md): safety statements, defect patterns and contradictions, each cleared or confirmed by a merchandiser. */
@Path("/api/admin/review-flags")
@RolesAllowed("merchandiser")
@Produces(MediaType.APPLICATION_JSON)
public class AdminReviewFlagResource {

    /** {@code decision}: clear (the content may be used again) or confirm (it stays held out). */
    public record DecisionRequest(String decision, String note) {
    }

    private final Reviews reviews;
    private final Changes changes;

    AdminReviewFlagResource(Reviews reviews, Changes changes) {
        this.reviews = reviews;
        this.changes = changes;
    }

    /** The review queue, oldest first; {@code status} open (default), cleared, confirmed or all. */
    @GET
    public List<Flag> flags(@QueryParam("status") @DefaultValue("open") String status, @QueryParam("product") String product,
                            @QueryParam("limit") @DefaultValue("100") int limit) {
        Flag.Status wanted = status.equalsIgnoreCase("all") ? null : parse(Flag.Status.class, status, "status", "open, cleared, confirmed or all");
        return reviews.flags(wanted, product == null || product.isBlank() ? null : ProductResource.parseId(product), limit);
    }

    /** Clears or confirms a flag; the product's summary is recomputed. */
    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Flag decide(@PathParam("id") String id, DecisionRequest request, @Context SecurityContext security) {
        if (request == null || request.decision() == null) {
            throw new IllegalArgumentException("decision is missing: clear or confirm");
        }
        UUID flag;
        try {
            flag = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + id + "' is not a flag id (a UUID)");
        }
        Flag.Decision decision = parse(Flag.Decision.class, request.decision(), "decision", "clear or confirm");
        String note = request.note() == null ? null : request.note().strip();
        if (note != null && note.length() > 2000) {
            throw new IllegalArgumentException("note has " + note.length() + " characters; at most 2000");
        }
        return changes.recordOutcome("decide", "review-flag", flag.toString(),
                () -> reviews.decide(flag, decision, Identities.name(security.getUserPrincipal()), note));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String name, String expected) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not " + expected);
        }
    }
}
