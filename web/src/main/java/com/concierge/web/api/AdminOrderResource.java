package com.concierge.web.api;

import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.CheckoutException;
import com.concierge.checkout.api.Order;
import com.concierge.kernel.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merchandiser's side of orders: look one up by number, fulfil, deliver, cancel, refund. */
@Path("/api/admin/orders")
@RolesAllowed("merchandiser")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checkout admin")
public class AdminOrderResource {

    /** {@code amount} as a decimal in major units ("12.50"). */
    public record RefundRequest(String amount, String currency, String reason) {
    }

    public record CancelRequest(String reason) {
    }

    private final Checkout checkout;
    private final Changes changes;

    AdminOrderResource(Checkout checkout, Changes changes) {
        this.checkout = checkout;
        this.changes = changes;
    }

    private Order change(String action, String id, java.util.function.Function<UUID, Order> change) {
        UUID order = uuid(id);
        return changes.record(action, "order", order.toString(), () -> staffView(checkout.order(order, Checkout.STAFF)),
                () -> change.apply(order));
    }

    /**
     * An order as the change log keeps it: what staff changed (status, lines, totals, payment, refunds),
     * never who bought it (owner, e-mail), which stays in the order under its own retention
     * (docs/privacy.md).
     */
    private static java.util.Map<String, Object> staffView(Order o) {
        java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("number", o.number());
        view.put("status", o.status());
        view.put("lines", o.lines());
        view.put("totals", o.totals());
        view.put("region", o.region());
        view.put("shippingOption", o.shippingOption());
        view.put("payment", o.payment());
        view.put("refunded", o.refunded());
        return view;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One order, by id or by its number (CC-7KQ3-M9XD)")
    public Order order(@PathParam("id") String id) {
        if (id.toUpperCase(java.util.Locale.ROOT).startsWith("CC-")) {
            return checkout.orderByNumber(id).orElseThrow(() -> new CheckoutException(CheckoutException.Kind.ORDER_NOT_FOUND, "No order " + id + "."));
        }
        return checkout.order(uuid(id), Checkout.STAFF);
    }

    @POST
    @Path("/{id}/fulfil")
    @Operation(summary = "Mark the order shipped, with the parcel's carrier and tracking number when there is one (?carrier=UPS&trackingNumber=1Z...)")
    public Order fulfil(@PathParam("id") String id, @QueryParam("carrier") String carrier, @QueryParam("trackingNumber") String trackingNumber,
                        @Context SecurityContext security) {
        String by = Identities.name(security.getUserPrincipal());
        if (carrier == null && trackingNumber == null) {
            return change("fulfil", id, order -> checkout.fulfil(order, by));
        }
        return change("fulfil", id, order -> checkout.fulfil(order, by, carrier, trackingNumber));
    }

    @POST
    @Path("/{id}/deliver")
    @Operation(summary = "Mark the order delivered, now or at a carrier's delivery time (?deliveredAt=2026-11-01T15:20:00Z or a day)")
    public Order deliver(@PathParam("id") String id, @QueryParam("deliveredAt") String deliveredAt, @Context SecurityContext security) {
        java.time.Instant at = deliveredAt == null || deliveredAt.isBlank() ? null : instant(deliveredAt);
        return change("deliver", id, order -> checkout.deliver(order, Identities.name(security.getUserPrincipal()), at));
    }

    /** An instant, or a day read as its noon in UTC. */
    private static java.time.Instant instant(String value) {
        try {
            return java.time.Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return Days.day("deliveredAt", value).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
        }
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Order cancel(@PathParam("id") String id, CancelRequest request) {
        return change("cancel", id, order -> checkout.cancel(order, Checkout.STAFF, request == null ? null : request.reason()));
    }

    @POST
    @Path("/{id}/refund")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refund part or all of what is left")
    public Order refund(@PathParam("id") String id, RefundRequest request) {
        if (request == null || request.amount() == null || request.currency() == null) {
            throw new CheckoutException(CheckoutException.Kind.INVALID_REQUEST, "send {\"amount\": \"12.50\", \"currency\": \"USD\", \"reason\": \"...\"}");
        }
        Money amount = Money.parse(request.amount(), request.currency());
        return change("refund", id, order -> checkout.refund(order, amount, request.reason()));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new CheckoutException(CheckoutException.Kind.ORDER_NOT_FOUND, "No order " + id + ".");
        }
    }
}
