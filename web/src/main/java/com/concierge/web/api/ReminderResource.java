package com.concierge.web.api;

import com.concierge.postpurchase.api.Reminder;
import com.concierge.postpurchase.api.ReminderOffer;
import com.concierge.postpurchase.api.Reminders;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Replenishment reminders (docs/postpurchase.md#replenishment): which lines of an order are
 * consumables, asking to be reminded to reorder one, and cancelling it. A shopper reaches only their
 * own orders' reminders; a guest order's by its id.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Returns")
public class ReminderResource {

    /** {@code sku}: the order line to be reminded of. */
    public record ReminderRequest(String sku) {
    }

    private final Reminders reminders;
    private final SecurityIdentity identity;

    ReminderResource(Reminders reminders, SecurityIdentity identity) {
        this.reminders = reminders;
        this.identity = identity;
    }

    @GET
    @Path("/orders/{id}/reminders")
    @Operation(summary = "The order's consumables, how often each needs replacing, and the reminders asked for")
    public List<ReminderOffer> offers(@PathParam("id") UUID order) {
        return reminders.offers(order, Shoppers.owner(identity));
    }

    @POST
    @Path("/orders/{id}/reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to be reminded by e-mail to reorder a consumable of a delivered order (asked again: the same reminder)")
    public Reminder remind(@PathParam("id") UUID order, ReminderRequest request) {
        if (request == null || request.sku() == null || request.sku().isBlank()) {
            throw new IllegalArgumentException("sku is required: the order line to be reminded of");
        }
        return reminders.remind(order, Shoppers.owner(identity), request.sku().strip());
    }

    @DELETE
    @Path("/reminders/{id}")
    @Operation(summary = "Cancel a reminder not sent yet")
    public Reminder cancel(@PathParam("id") UUID id) {
        return reminders.cancel(id, Shoppers.owner(identity));
    }
}
