package com.concierge.web.api;

import com.concierge.kernel.events.Outbox;
import com.concierge.measurement.api.Measurement;
import com.concierge.measurement.api.RecordedEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** What retailer operations need to see of event delivery. */
@Path("/api/ops")
@RolesAllowed("ops")
@Produces(MediaType.APPLICATION_JSON)
public class OpsResource {

    private final Outbox outbox;
    private final Measurement measurement;

    OpsResource(Outbox outbox, Measurement measurement) {
        this.outbox = outbox;
        this.measurement = measurement;
    }

    /** Pending, failing and sent outbox rows. */
    @GET
    @Path("/outbox")
    public Outbox.Status outbox() {
        return outbox.status();
    }

    /** The newest events the measurement log received. */
    @GET
    @Path("/events")
    public List<RecordedEvent> events(@QueryParam("limit") @DefaultValue("20") int limit) {
        return measurement.recentEvents(limit);
    }
}
