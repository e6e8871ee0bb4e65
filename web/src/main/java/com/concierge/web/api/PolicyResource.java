package com.concierge.web.api;

import com.concierge.web.security.Changes;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.policies.Policies;
import com.concierge.catalog.api.policies.PolicyScope;
import com.concierge.catalog.api.policies.ReturnPolicy;
import com.concierge.catalog.api.policies.ShippingPolicy;
import com.concierge.catalog.api.policies.WarrantyPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Return, warranty and shipping policies as data (docs/catalog.md): anyone reads them,
 * merchandisers edit them; {@code GET /api/products/{id}/policies} answers what applies.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    /** Bodies of the policy PUTs: the policy without its id (the path names it). */
    public record ReturnRequest(@NotNull(message = "is required: which products and regions the policy covers") PolicyScope scope,
                                Integer windowDays, boolean unopenedOnly, int restockingFeePercent,
                                @Size(max = 20) List<@NotBlank @Size(max = 300) String> conditions) {
    }

    public record WarrantyRequest(@NotNull(message = "is required: which products and regions the policy covers") PolicyScope scope,
                                  int months, @Size(max = 2000) String coverage) {
    }

    public record ShippingRequest(@NotNull(message = "is required: which products and regions the policy covers") PolicyScope scope,
                                  boolean ships, int minDays, int maxDays,
                                  @Size(max = 20) List<@NotBlank @Size(max = 300) String> restrictions) {
    }

    private final Catalog catalog;
    private final Changes changes;

    PolicyResource(Catalog catalog, Changes changes) {
        this.catalog = catalog;
        this.changes = changes;
    }

    /** A policy of any kind by id, as the catalog has it: the change log's before and after. */
    private java.util.Optional<Object> policy(String id) {
        var all = catalog.policies();
        return java.util.stream.Stream.of(all.returns(), all.warranties(), all.shipping()).flatMap(java.util.List::stream)
                .filter(policy -> policyId(policy).equals(id)).map(Object.class::cast).findFirst();
    }

    private static String policyId(Object policy) {
        return switch (policy) {
            case ReturnPolicy p -> p.id();
            case WarrantyPolicy p -> p.id();
            case ShippingPolicy p -> p.id();
            default -> "";
        };
    }

    @GET
    @Path("/policies")
    public Policies policies() {
        return catalog.policies();
    }

    @PUT
    @Path("/admin/policies/returns/{id}")
    @RolesAllowed("merchandiser")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReturnPolicy putReturn(@PathParam("id") String id, @Valid ReturnRequest body) {
        ReturnPolicy policy = new ReturnPolicy(id, require(body).scope(), body.windowDays(), body.unopenedOnly(), body.restockingFeePercent(),
                body.conditions());
        changes.record("put", "return-policy", id, () -> policy(id), () -> catalog.putPolicy(policy));
        return policy;
    }

    @PUT
    @Path("/admin/policies/warranties/{id}")
    @RolesAllowed("merchandiser")
    @Consumes(MediaType.APPLICATION_JSON)
    public WarrantyPolicy putWarranty(@PathParam("id") String id, @Valid WarrantyRequest body) {
        WarrantyPolicy policy = new WarrantyPolicy(id, require(body).scope(), body.months(), body.coverage());
        changes.record("put", "warranty-policy", id, () -> policy(id), () -> catalog.putPolicy(policy));
        return policy;
    }

    @PUT
    @Path("/admin/policies/shipping/{id}")
    @RolesAllowed("merchandiser")
    @Consumes(MediaType.APPLICATION_JSON)
    public ShippingPolicy putShipping(@PathParam("id") String id, @Valid ShippingRequest body) {
        ShippingPolicy policy = new ShippingPolicy(id, require(body).scope(), body.ships(), body.minDays(), body.maxDays(), body.restrictions());
        changes.record("put", "shipping-policy", id, () -> policy(id), () -> catalog.putPolicy(policy));
        return policy;
    }

    @DELETE
    @Path("/admin/policies/{id}")
    @RolesAllowed("merchandiser")
    public void delete(@PathParam("id") String id) {
        changes.record("delete", "policy", id, () -> policy(id), () -> {
            if (!catalog.deletePolicy(id)) {
                throw new NoSuchElementException("no policy '" + id + "'");
            }
        });
    }

    private static <T> T require(T body) {
        if (body == null) {
            throw new IllegalArgumentException("the request body is missing");
        }
        return body;
    }

    static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a date like 2026-11-22");
        }
    }
}
