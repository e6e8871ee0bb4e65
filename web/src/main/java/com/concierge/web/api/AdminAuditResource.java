package com.concierge.web.api;

import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import com.concierge.measurement.api.AuditItem;
import com.concierge.measurement.api.Measurement;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The answer-audit queue (docs/answer-audits.md): sampled assistant answers, graded by a reviewer. */
@Path("/api/admin/audits")
@RolesAllowed("merchandiser")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measurement")
public class AdminAuditResource {

    /** A reviewer's grades: each 1 (poor) to 5 (excellent), and an optional comment. */
    public record GradeRequest(Integer accuracy, Integer policy, Integer tone, String comment) {
    }

    private final Measurement measurement;
    private final SecurityIdentity identity;
    private final Changes changes;

    AdminAuditResource(Measurement measurement, SecurityIdentity identity, Changes changes) {
        this.measurement = measurement;
        this.identity = identity;
        this.changes = changes;
    }

    @GET
    @Operation(summary = "The audit queue", description = "status: open (default), graded or all; oldest answer first")
    public List<AuditItem> queue(@QueryParam("status") @DefaultValue("open") String status, @QueryParam("limit") @DefaultValue("50") int limit) {
        return measurement.audits(status(status), limit);
    }

    @GET
    @Path("/{id}")
    public AuditItem item(@PathParam("id") UUID id) {
        return measurement.audit(id).orElseThrow(() -> new NoSuchElementException("no audit item " + id));
    }

    @POST
    @Path("/{id}/grade")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grade an answer", description = "accuracy, policy (compliance) and tone from 1 to 5; a comment up to 2,000 "
            + "characters. A second grade replaces the first. The answer's day's audit KPIs are recomputed.")
    public AuditItem grade(@PathParam("id") UUID id, GradeRequest grade) {
        if (grade == null) {
            throw new IllegalArgumentException("the body must give accuracy, policy and tone (1 to 5)");
        }
        return changes.record("grade", "answer-audit", id.toString(), () -> gradeOf(measurement, id),
                () -> measurement.gradeAudit(id, grade.accuracy(), grade.policy(), grade.tone(), grade.comment(), Identities.name(identity)));
    }

    @POST
    @Path("/sample")
    @Operation(summary = "Sample a day's answers now", description = "day: YYYY-MM-DD (UTC), default yesterday. Tops the day's sample "
            + "up to cc.measurement.audit.daily-sample; returns the items added. The daily job does this for yesterday.")
    public List<AuditItem> sample(@QueryParam("day") String day) {
        java.time.LocalDate date = day == null || day.isBlank() ? Days.today().minusDays(1) : Days.day("day", day);
        return changes.recordOutcome("sample", "answer-audits", date.toString(), () -> measurement.sampleAudits(date),
                items -> java.util.Map.of("sampled", items.size())); // how many, never the shoppers' questions
    }

    /**
     * What the change log keeps of an audit item: its status and grade, never the shopper's question
     * or the answer (they are cleared with other text after 90 days, docs/privacy.md).
     */
    public static java.util.Optional<java.util.Map<String, Object>> gradeOf(Measurement measurement, UUID id) {
        return measurement.audit(id).map(item -> {
            java.util.Map<String, Object> kept = new java.util.LinkedHashMap<>();
            kept.put("status", item.status());
            kept.put("grade", item.grade());
            return kept;
        });
    }

    private static AuditItem.Status status(String status) {
        String s = status.strip().toUpperCase(Locale.ROOT);
        if (s.equals("ALL")) {
            return null;
        }
        try {
            return AuditItem.Status.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be open, graded or all, was '" + status + "'");
        }
    }
}
