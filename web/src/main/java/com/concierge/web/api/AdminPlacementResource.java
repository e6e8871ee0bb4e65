package com.concierge.web.api;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.PlacementRules;
import com.concierge.assistant.api.Sponsorship;
import com.concierge.measurement.api.Measurement;
import com.concierge.measurement.api.SponsoredDelivery;
import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Sponsored placements in the assistant's recommendations, as data a merchandiser edits: the rules
 * (how many a reply may add, how high) and which products are sponsored with what label.
 */
@Path("/api/admin/assistant/placements")
@RolesAllowed("merchandiser")
@Produces(MediaType.APPLICATION_JSON)
public class AdminPlacementResource {

    /** The days the ledger covers when none are asked for. */
    public static final int LEDGER_DAYS = 30;

    public record RulesRequest(Integer maxPerReply, Integer earliestPosition) {
    }

    /** {@code active} defaults to true; false pauses the sponsorship and keeps it. */
    public record SponsorRequest(String label, Boolean active) {
    }

    private final Assistant assistant;
    private final Changes changes;
    private final Measurement measurement;

    AdminPlacementResource(Assistant assistant, Changes changes, Measurement measurement) {
        this.assistant = assistant;
        this.changes = changes;
        this.measurement = measurement;
    }

    @GET
    public PlacementRules placements() {
        return assistant.placements();
    }

    /**
     * The ledger of sponsored impressions: per product and day from {@code from} to {@code to}
     * (YYYY-MM-DD, UTC; by default the 30 days to today), newest first (docs/console.md#sponsored-placements).
     */
    @GET
    @Path("/ledger")
    public List<SponsoredDelivery> ledger(@QueryParam("from") String from, @QueryParam("to") String to) {
        Days.Range range = Days.Range.of(from, to, LEDGER_DAYS);
        return measurement.sponsoredLedger(range.from(), range.to());
    }

    @PUT
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementRules rules(RulesRequest request) {
        if (request == null || request.maxPerReply() == null || request.earliestPosition() == null) {
            throw new IllegalArgumentException("send {\"maxPerReply\": 1, \"earliestPosition\": 2}");
        }
        return changes.record("put", "placement-rules", "store", assistant::placements,
                () -> assistant.definePlacementRules(request.maxPerReply(), request.earliestPosition()));
    }

    @PUT
    @Path("/sponsored/{product}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Sponsorship sponsor(@PathParam("product") String product, SponsorRequest request, @Context SecurityContext security) {
        if (request == null) {
            throw new IllegalArgumentException("send {\"label\": \"Sponsored by ...\", \"active\": true}");
        }
        UUID id = ProductResource.parseId(product);
        return changes.record("put", "sponsorship", id.toString(), () -> sponsorship(id),
                () -> assistant.sponsor(id, request.label(), request.active() == null || request.active(),
                        Identities.name(security.getUserPrincipal())));
    }

    @DELETE
    @Path("/sponsored/{product}")
    public void unsponsor(@PathParam("product") String product) {
        UUID id = ProductResource.parseId(product);
        changes.record("delete", "sponsorship", id.toString(), () -> sponsorship(id), () -> {
            if (!assistant.unsponsor(id)) {
                throw new NoSuchElementException("product " + product + " is not sponsored");
            }
        });
    }

    private java.util.Optional<Sponsorship> sponsorship(UUID product) {
        return assistant.placements().sponsored().stream().filter(s -> s.product().equals(product)).findFirst();
    }
}
