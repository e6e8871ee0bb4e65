package com.concierge.web.api;

import com.concierge.measurement.api.IngestReport;
import com.concierge.measurement.api.Measurement;
import com.concierge.measurement.api.RecordedEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Measurement's event log for ops: the bulk intake (replays and backfills, docs/kpis.md) and the
 * newest events logged. Both live here because this resource owns the path; a GET on another
 * resource's {@code /events} would never be matched.
 */
@Path("/api/ops/events")
@RolesAllowed("ops")
@Tag(name = "Measurement")
public class OpsEventResource {

    private final Measurement measurement;

    OpsEventResource(Measurement measurement) {
        this.measurement = measurement;
    }

    @POST
    @Consumes({"application/x-ndjson", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest events (JSON Lines)", description = "One {\"eventType\": \"OrderPlaced\", \"payload\": {...}} per line, "
            + "the event log's shape. Each event is recorded once however often it is sent; lines that are not events are "
            + "reported by number and every valid line is still recorded.")
    @com.concierge.web.security.NotAChange("event intake from the store's own services and tools, each event kept in the measurement log")
    public IngestReport ingest(InputStream body) {
        return measurement.ingest(new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The newest events the measurement log received", description = "Each with its payload as logged.")
    public List<RecordedEvent> recent(@QueryParam("limit") @DefaultValue("20") int limit) {
        return measurement.recentEvents(limit);
    }
}
