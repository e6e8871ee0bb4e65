package com.concierge.web.api;

import com.concierge.measurement.api.ErasureReport;
import com.concierge.measurement.api.Measurement;
import com.concierge.measurement.api.ShopperHistory;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A signed-in shopper's own measurement history; there is no way to name another shopper here. */
@Path("/api/me/history")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class MyHistoryResource {

    private final Measurement measurement;
    private final SecurityIdentity identity;

    MyHistoryResource(Measurement measurement, SecurityIdentity identity) {
        this.measurement = measurement;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "What the store keeps about me", description = "Conversations (messages as stored: redacted), adds to cart and "
            + "orders linked to the signed-in shopper.")
    public ShopperHistory history() {
        return measurement.history(Shoppers.owner(identity));
    }

    @DELETE
    @Operation(summary = "Erase what the store keeps about me", description = "As the ops erasure: conversations, messages, adds to cart "
            + "and events go; orders stay for the store's figures without me.")
    public ErasureReport erase() {
        return measurement.erase(Shoppers.owner(identity));
    }
}
