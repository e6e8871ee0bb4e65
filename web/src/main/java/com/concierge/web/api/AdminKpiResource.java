package com.concierge.web.api;

import com.concierge.web.security.Changes;
import com.concierge.measurement.api.Kpi;
import com.concierge.measurement.api.Measurement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The KPIs of docs/kpis.md per day (UTC), category and split, for dashboards. */
@Path("/api/admin/kpis")
@RolesAllowed("merchandiser")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measurement")
public class AdminKpiResource {

    /** The values asked for, and the range they cover. */
    public record KpiReport(LocalDate from, LocalDate to, String category, List<Kpi> kpis) {
    }

    private final Measurement measurement;
    private final Changes changes;

    AdminKpiResource(Measurement measurement, Changes changes) {
        this.measurement = measurement;
        this.changes = changes;
    }

    @GET
    @Operation(summary = "Stored KPI values", description = "from and to are UTC days (YYYY-MM-DD, default: the last 7 days); "
            + "category a category key or '*' for all categories together; without it, every category. Values are recomputed "
            + "every few minutes for recent days; see docs/kpis.md for each formula.")
    public KpiReport kpis(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("category") String category) {
        Days.Range range = Days.Range.of(from, to, 7);
        return new KpiReport(range.from(), range.to(), category, measurement.kpis(range.from(), range.to(), category));
    }

    @POST
    @Path("/recompute")
    @Operation(summary = "Recompute one day's KPIs now", description = "day: YYYY-MM-DD (UTC), default today")
    public KpiReport recompute(@QueryParam("day") String day) {
        LocalDate date = day == null || day.isBlank() ? Days.today() : Days.day("day", day);
        return new KpiReport(date, date, null, changes.recordOutcome("recompute", "kpis", date.toString(), () -> measurement.recomputeKpis(date)));
    }
}
