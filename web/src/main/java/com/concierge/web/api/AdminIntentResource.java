package com.concierge.web.api;

import com.concierge.measurement.api.IntentAnalytics;
import com.concierge.measurement.api.IntentExport;
import com.concierge.measurement.api.Measurement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retailer's intent records: exports for their own analysis, and intent analytics (docs/intent-analytics.md). */
@Path("/api/admin/intents")
@RolesAllowed("merchandiser")
@Tag(name = "Measurement")
public class AdminIntentResource {

    private final Measurement measurement;

    AdminIntentResource(Measurement measurement) {
        this.measurement = measurement;
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/x-ndjson"})
    @Operation(summary = "Export intent records", description = "Conversations that started from 'from' to 'to' (UTC days, default the "
            + "last 7), as format=csv (one row per message) or format=jsonl (one conversation per line, the default). Streamed.")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format) {
        Days.Range range = Days.Range.of(from, to, 7);
        IntentExport export = measurement.exportIntents(range.from(), range.to(), format(format));
        StreamingOutput body = export::writeTo;
        return Response.ok(body, export.format().mediaType() + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"intents-" + range.from() + "-" + range.to() + "."
                        + export.format().extension() + "\"")
                .build();
    }

    @GET
    @Path("/analytics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Intent analytics", description = "Top intents and constraint words with counts and trend against the range "
            + "of the same length before, words the catalog's vocabulary lacks, unmet intents ranked by conversations. "
            + "from/to: UTC days (default the last 7); category: a category key (default all).")
    public IntentAnalytics analytics(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("category") String category) {
        Days.Range range = Days.Range.of(from, to, 7);
        return measurement.intentAnalytics(range.from(), range.to(), category);
    }

    private static IntentExport.Format format(String format) {
        if (format == null || format.isBlank()) {
            return IntentExport.Format.JSONL;
        }
        try {
            return IntentExport.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format must be csv or jsonl, was '" + format + "'");
        }
    }
}
