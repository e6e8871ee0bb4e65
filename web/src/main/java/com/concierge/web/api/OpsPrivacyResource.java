package com.concierge.web.api;

import com.concierge.web.security.Changes;
import com.concierge.measurement.api.ErasureReport;
import com.concierge.measurement.api.Measurement;
import com.concierge.measurement.api.PurgeReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Privacy operations on measurement's records (docs/privacy.md): erasure on request, retention now. */
@Path("/api/ops/privacy")
@RolesAllowed("ops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class OpsPrivacyResource {

    private final Measurement measurement;
    private final Changes changes;

    OpsPrivacyResource(Measurement measurement, Changes changes) {
        this.measurement = measurement;
        this.changes = changes;
    }

    @DELETE
    @Path("/shoppers/{subject}")
    @Operation(summary = "Erase a shopper", description = "Deletes the shopper's conversations, messages, adds to cart, audits and logged "
            + "events (measurement and the assistant's store); their orders stay for KPIs without them.")
    public ErasureReport erase(@PathParam("subject") String subject) {
        // the log keeps that an erasure happened and what it removed, never whom: the subject only as a fingerprint
        return changes.recordOutcome("erase", "shopper", Changes.fingerprint(subject), () -> measurement.erase(subject),
                report -> java.util.Map.of("conversations", report.conversations(), "messages", report.messages(), "cartAdds", report.cartAdds(),
                        "ordersAnonymised", report.ordersAnonymised(), "events", report.events(), "audits", report.audits(),
                        "outboxRows", report.outboxRows()));
    }

    @POST
    @Path("/purge")
    @Operation(summary = "Apply the retention periods now", description = "The daily job does this at 03:20 UTC.")
    public PurgeReport purge() {
        return changes.recordOutcome("purge", "retention", "now", measurement::purge);
    }
}
