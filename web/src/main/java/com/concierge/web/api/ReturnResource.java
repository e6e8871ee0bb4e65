package com.concierge.web.api;

import com.concierge.postpurchase.api.ReturnCase;
import com.concierge.postpurchase.api.ReturnOptions;
import com.concierge.postpurchase.api.ReturnRequest;
import com.concierge.postpurchase.api.Returns;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A shopper's returns (docs/postpurchase.md): what of an order may go back, asking for a return
 * with an {@code Idempotency-Key}, and where it stands. A shopper reaches only their own orders'
 * returns; a guest order's by its id.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Returns")
public class ReturnResource {

    private final Returns returns;
    private final SecurityIdentity identity;

    ReturnResource(Returns returns, SecurityIdentity identity) {
        this.returns = returns;
        this.identity = identity;
    }

    @GET
    @Path("/orders/{id}/returns/options")
    @Operation(summary = "What of the order may be returned today, line by line, with the deciding policy")
    public ReturnOptions options(@PathParam("id") UUID order, @QueryParam("opened") @DefaultValue("false") boolean opened) {
        return returns.options(order, Shoppers.owner(identity), opened);
    }

    @POST
    @Path("/orders/{id}/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to return units of a delivered order (Idempotency-Key required)")
    public Response request(@PathParam("id") UUID order,
                            @Parameter(description = "a new random key per return; a retry sends the same key and body")
                            @HeaderParam("Idempotency-Key") String key, ReturnRequest request, @Context UriInfo uri) {
        ReturnCase created = returns.request(key, Shoppers.owner(identity), order, request);
        return Response.created(uri.getBaseUriBuilder().path("api/returns").path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("/orders/{id}/returns")
    @Operation(summary = "The order's returns, oldest first")
    public List<ReturnCase> forOrder(@PathParam("id") UUID order) {
        return returns.forOrder(order, Shoppers.owner(identity));
    }

    @GET
    @Path("/returns/{id}")
    @Operation(summary = "One return and where it stands")
    public ReturnCase one(@PathParam("id") UUID id) {
        return returns.returnCase(id, Shoppers.owner(identity));
    }
}
