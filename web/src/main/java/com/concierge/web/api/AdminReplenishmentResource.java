package com.concierge.web.api;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.replenishment.ReplenishmentInterval;
import com.concierge.web.security.Changes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

/** How often consumables need replacing (docs/postpurchase.md#replenishment), as merchandisers set it; each change in the change log. */
@Path("/api/admin/replenishment")
@RolesAllowed("merchandiser")
@Produces(MediaType.APPLICATION_JSON)
public class AdminReplenishmentResource {

    /** Products by handle or id, or categories by key; {@code days} 1–730; {@code advice} what the reminder says. */
    public record IntervalRequest(List<String> products, List<String> categories, Integer days, String advice) {
    }

    private final Catalog catalog;
    private final Changes changes;

    AdminReplenishmentResource(Catalog catalog, Changes changes) {
        this.catalog = catalog;
        this.changes = changes;
    }

    @GET
    public List<ReplenishmentInterval> list() {
        return catalog.replenishmentIntervals();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReplenishmentInterval put(@PathParam("id") String id, IntervalRequest request) {
        if (request == null || request.days() == null) {
            throw new IllegalArgumentException("send the interval as JSON: days, advice, and products or categories");
        }
        Set<UUID> products = new LinkedHashSet<>();
        for (String named : request.products() == null ? List.<String>of() : request.products()) {
            products.add(AdminGuideResource.product(catalog, named));
        }
        ReplenishmentInterval interval = new ReplenishmentInterval(id, products, request.categories() == null ? Set.of()
                : new LinkedHashSet<>(request.categories()), request.days(), request.advice());
        return changes.record("put", "replenishment", id, () -> find(id), () -> catalog.putReplenishment(interval));
    }

    @DELETE
    @Path("/{id}")
    public void delete(@PathParam("id") String id) {
        changes.record("delete", "replenishment", id, () -> find(id), () -> {
            if (!catalog.deleteReplenishment(id)) {
                throw new NoSuchElementException("no replenishment interval '" + id + "'");
            }
        });
    }

    private ReplenishmentInterval find(String id) {
        return catalog.replenishmentIntervals().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }
}
