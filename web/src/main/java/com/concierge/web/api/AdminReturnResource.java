package com.concierge.web.api;

import com.concierge.postpurchase.api.QualityTicket;
import com.concierge.postpurchase.api.ReturnCase;
import com.concierge.postpurchase.api.ReturnException;
import com.concierge.postpurchase.api.Returns;
import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
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
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff's side of returns: the queue, and the steps approve, refuse, issue a label, receive,
 * refund, exchange. Each step is recorded in the change log; a step asked again after it happened
 * answers the return as it is.
 */
@Path("/api/admin/returns")
@RolesAllowed({"merchandiser", "ops"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Returns admin")
public class AdminReturnResource {

    public record RefuseRequest(String reason) {
    }

    public record LabelRequest(String carrier, String trackingNumber) {
    }

    public record ReceiveRequest(Boolean resellable) {
    }

    private final Returns returns;
    private final Changes changes;

    AdminReturnResource(Returns returns, Changes changes) {
        this.returns = returns;
        this.changes = changes;
    }

    @GET
    @Operation(summary = "Returns in a status (requested, approved, label-issued, received, ...; all when absent), oldest first")
    public List<ReturnCase> queue(@QueryParam("status") String status, @QueryParam("limit") @DefaultValue("100") int limit) {
        ReturnCase.Status chosen = status(status);
        return returns.queue(chosen == null ? java.util.Set.of() : java.util.Set.of(chosen), limit);
    }

    @GET
    @Path("/tickets")
    @Operation(summary = "Returns that contradict what the assistant claimed, one ticket per product, claim and reason; worst first")
    public List<QualityTicket> tickets(@QueryParam("limit") @DefaultValue("100") int limit) {
        return returns.tickets(limit);
    }

    @GET
    @Path("/{id}")
    public ReturnCase one(@PathParam("id") String id) {
        return returns.returnCase(uuid(id), Returns.STAFF);
    }

    @POST
    @Path("/{id}/approve")
    public ReturnCase approve(@PathParam("id") String id, @Context SecurityContext security) {
        return change("approve", id, r -> returns.approve(r, by(security)));
    }

    @POST
    @Path("/{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReturnCase refuse(@PathParam("id") String id, RefuseRequest request, @Context SecurityContext security) {
        return change("refuse", id, r -> returns.refuse(r, by(security), request == null ? null : request.reason()));
    }

    @POST
    @Path("/{id}/label")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReturnCase label(@PathParam("id") String id, LabelRequest request, @Context SecurityContext security) {
        return change("issue label", id, r -> returns.issueLabel(r, by(security), request == null ? null : request.carrier(),
                request == null ? null : request.trackingNumber()));
    }

    @POST
    @Path("/{id}/receive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The parcel arrived; {\"resellable\": true} puts the units back on hand")
    public ReturnCase receive(@PathParam("id") String id, ReceiveRequest request, @Context SecurityContext security) {
        if (request == null || request.resellable() == null) {
            throw new ReturnException(ReturnException.Kind.INVALID_REQUEST, "Say whether the items can be sold again: {\"resellable\": true}.");
        }
        return change("receive", id, r -> returns.receive(r, by(security), request.resellable()));
    }

    @POST
    @Path("/{id}/refund")
    @Operation(summary = "Refund the return's quote through the payment provider (never more than is left on the order)")
    public ReturnCase refund(@PathParam("id") String id, @Context SecurityContext security) {
        return change("refund", id, r -> returns.refund(r, by(security)));
    }

    @POST
    @Path("/{id}/exchange")
    public ReturnCase exchange(@PathParam("id") String id, @Context SecurityContext security) {
        return change("exchange", id, r -> returns.exchange(r, by(security)));
    }

    private ReturnCase change(String action, String id, Function<UUID, ReturnCase> step) {
        UUID subject = uuid(id);
        return changes.record(action, "return", subject.toString(), () -> staffView(returns.returnCase(subject, Returns.STAFF)),
                () -> step.apply(subject));
    }

    /** A return as the change log keeps it: what staff changed, never who asked (owner, comment). */
    private static java.util.Map<String, Object> staffView(ReturnCase r) {
        java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("number", r.number());
        view.put("orderNumber", r.orderNumber());
        view.put("status", r.status());
        view.put("reason", r.reason());
        view.put("lines", r.lines());
        view.put("quote", r.quote());
        view.put("refunded", r.refunded());
        view.put("label", r.label());
        view.put("resellable", r.resellable());
        return view;
    }

    private static String by(SecurityContext security) {
        return Identities.name(security.getUserPrincipal());
    }

    private static ReturnCase.Status status(String status) {
        ReturnCase.Status parsed = ReturnCase.Status.parse(status);
        if (parsed == null && status != null && !status.isBlank()) {
            throw new ReturnException(ReturnException.Kind.INVALID_REQUEST, "No return status '" + status.strip() + "'; one of requested, "
                    + "approved, refused, label-issued, received, refunded, exchanged.");
        }
        return parsed;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ReturnException(ReturnException.Kind.RETURN_NOT_FOUND, "No return " + id + ".");
        }
    }
}
