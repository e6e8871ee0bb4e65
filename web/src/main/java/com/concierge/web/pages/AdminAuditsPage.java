package com.concierge.web.pages;

import com.concierge.measurement.api.AuditItem;
import com.concierge.measurement.api.Measurement;
import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The answer-audit queue in the console (docs/answer-audits.md, docs/console.md#answer-audits):
 * sampled assistant answers as the shopper saw them, the evidence each cites marked, and a grade
 * form per answer (accuracy, policy compliance, tone, 1 to 5, and a comment), recorded as
 * {@code POST /api/admin/audits/{id}/grade} records it.
 */
@Path("/admin/audits")
@RolesAllowed("merchandiser")
public class AdminAuditsPage {

    static final int SHOWN = 50;

    /** One answer as the page shows it: what was asked, what was said, what it cited and recommended, its grade. */
    public record Item(UUID id, String answeredAt, String category, String intent, String question, String reply, String answer,
                       List<String> cited, List<String> recommended, String refused, AuditItem.Grade grade, List<Score> scores,
                       String error) {
    }

    /** One score of the grade form: its field name and the value graded before (0: none). */
    public record Score(String name, int graded) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audits(String user, String status, List<Item> items, long open, String notice);
    }

    private final SecurityIdentity identity;
    private final Measurement measurement;
    private final Changes changes;

    AdminAuditsPage(SecurityIdentity identity, Measurement measurement, Changes changes) {
        this.identity = identity;
        this.measurement = measurement;
        this.changes = changes;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response audits(@QueryParam("status") @DefaultValue("open") String status, @QueryParam("item") String item,
                           @QueryParam("done") String done) {
        if (item != null && !item.isBlank()) { // one answer, by the link a reviewer shares or the change log names
            Optional<AuditItem> one = Pages.uuid(item).flatMap(measurement::audit);
            return Response.status(one.isPresent() ? 200 : 404).type(MediaType.TEXT_HTML_TYPE).entity(page("item", one.stream().toList(), null,
                    null, one.isPresent() ? ("graded".equals(done) ? "Graded." : null) : "There is no such answer.")).build();
        }
        AuditItem.Status wanted = switch (status) {
            case "graded" -> AuditItem.Status.GRADED;
            case "all" -> null;
            default -> AuditItem.Status.OPEN;
        };
        String shown = wanted == null ? "all" : wanted.name().toLowerCase(java.util.Locale.ROOT);
        return Response.ok(page(shown, measurement.audits(wanted, SHOWN), null, null, "graded".equals(done) ? "Graded." : null),
                MediaType.TEXT_HTML_TYPE).build();
    }

    @POST
    @Path("/{id}/grade")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response grade(@PathParam("id") String id, @RestForm("accuracy") String accuracy, @RestForm("policy") String policy,
                          @RestForm("tone") String tone, @RestForm("comment") String comment) {
        Optional<UUID> item = Pages.uuid(id).filter(uuid -> measurement.audit(uuid).isPresent());
        if (item.isEmpty()) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page("open", measurement.audits(AuditItem.Status.OPEN, SHOWN), null, null, "There is no such answer to grade."))
                    .build();
        }
        try {
            changes.record("grade", "answer-audit", item.get().toString(),
                    () -> com.concierge.web.api.AdminAuditResource.gradeOf(measurement, item.get()),
                    () -> measurement.gradeAudit(item.get(), score(accuracy), score(policy), score(tone),
                            comment == null || comment.isBlank() ? null : comment.strip(), Identities.name(identity)));
        } catch (IllegalArgumentException e) {
            String message = Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1) + ". Nothing was graded.";
            List<AuditItem> open = new ArrayList<>(measurement.audits(AuditItem.Status.OPEN, SHOWN));
            if (open.stream().noneMatch(a -> a.id().equals(item.get()))) {
                open.add(0, measurement.audit(item.get()).orElseThrow());
            }
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page("open", open, item.get(), message, null)).build();
        }
        return Pages.seeOther("/admin/audits?item=" + item.get() + "&done=graded");
    }

    /** A score as written; anything that is not a whole number is passed on as out of range, so the message is the API's. */
    private static Integer score(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private TemplateInstance page(String status, List<AuditItem> audits, UUID failed, String error, String notice) {
        List<Item> items = audits.stream().map(a -> item(a, a.id().equals(failed) ? error : null)).toList();
        return Templates.audits(Identities.name(identity), status, items, measurement.auditCount(AuditItem.Status.OPEN), notice);
    }

    private static Item item(AuditItem audit, String error) {
        Map<String, Object> shown = audit.answer() == null ? Map.of() : audit.answer();
        List<String> cited = new ArrayList<>();
        String answer = null;
        if (shown.get("answer") instanceof Map<?, ?> a) {
            answer = a.get("text") == null ? null : a.get("text").toString();
            if (a.get("citations") instanceof List<?> citations) {
                for (Object c : citations) {
                    if (c instanceof Map<?, ?> citation) {
                        cited.add((citation.get("kind") == null ? "" : citation.get("kind") + ": ") + citation.get("text"));
                    }
                }
            }
        }
        List<String> recommended = new ArrayList<>();
        if (shown.get("recommendations") instanceof List<?> recommendations) {
            for (Object r : recommendations) {
                if (r instanceof Map<?, ?> one) {
                    recommended.add(one.get("title") + (Boolean.TRUE.equals(one.get("sponsored")) ? " (sponsored)" : ""));
                }
            }
        }
        return new Item(audit.id(), audit.answeredAt().toString().replace('T', ' ').substring(0, 16), audit.category(), audit.intent(),
                audit.question(), shown.get("reply") == null ? null : shown.get("reply").toString(), answer, cited, recommended,
                shown.get("refused") == null ? null : shown.get("refused").toString(), audit.grade(),
                List.of(new Score("accuracy", audit.grade() == null ? 0 : audit.grade().accuracy()),
                        new Score("policy", audit.grade() == null ? 0 : audit.grade().policy()),
                        new Score("tone", audit.grade() == null ? 0 : audit.grade().tone())), error);
    }
}
