package com.concierge.web.pages;

import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.catalog.api.inventory.Sellable;
import com.concierge.postpurchase.api.Reminder;
import com.concierge.postpurchase.api.Reminders;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Where a replenishment reminder's link leads (docs/postpurchase.md#replenishment): the item at
 * today's price and stock, and one button that puts it in the visitor's cart. The link itself
 * changes nothing, because mail scanners open links before people do; the reminder's id is the
 * link's capability.
 */
@Path("/reorder")
public class ReorderPage {

    /**
     * @param now       the variant as it sells today (price re-checked), or null when it is no longer sold
     * @param available units a buyer can have now
     */
    public record Reorder(Reminder reminder, Sellable now, int available) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reorder(Reorder reorder);
    }

    private final Reminders reminders;
    private final Inventory inventory;
    private final Shopper shopper;

    ReorderPage(Reminders reminders, Inventory inventory, Shopper shopper) {
        this.reminders = reminders;
        this.inventory = inventory;
        this.shopper = shopper;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response reorder(@PathParam("id") String id) {
        Reminder reminder = Pages.uuid(id).flatMap(reminders::reminder)
                .orElseThrow(() -> new NoSuchElementException("This reorder link is not one of ours, or it has been removed."));
        Optional<Sellable> now = inventory.sellable(reminder.sku());
        return Response.ok(Pages.localized(Templates.reorder(new Reorder(reminder, now.orElse(null), now.map(Sellable::available).orElse(0))),
                shopper)).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
