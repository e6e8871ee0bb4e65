package com.concierge.web.api;

import com.concierge.kernel.changes.Change;
import com.concierge.kernel.changes.ChangeLog;
import com.concierge.kernel.changes.ChangeQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The change log (docs/console.md#change-log): who changed what through the console or the admin and
 * ops APIs, when, before and after. Read-only: there is no route that edits or removes an entry.
 */
@Path("/api/admin/changes")
@RolesAllowed({"merchandiser", "ops"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class AdminChangeResource {

    /** One page of entries, newest first, and how many match in all. */
    public record ChangePage(long total, int offset, int limit, List<Change> changes) {
    }

    private final ChangeLog log;

    AdminChangeResource(ChangeLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "Changes, newest first", description = "actor: a name or Keycloak subject; kind: synonym, product, policy...; "
            + "subject: the subject's id; from and to: UTC days (YYYY-MM-DD), both included; offset and limit (1-200) page.")
    public ChangePage changes(@QueryParam("actor") String actor, @QueryParam("kind") String kind, @QueryParam("subject") String subject,
                              @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        ChangeQuery query = query(actor, kind, subject, from, to, offset, limit);
        return new ChangePage(log.count(query), offset, limit, log.find(query));
    }

    /**
     * The query the API and the console page read from their parameters.
     *
     * @throws IllegalArgumentException naming the parameter that is not right
     */
    public static ChangeQuery query(String actor, String kind, String subject, String from, String to, int offset, int limit) {
        return new ChangeQuery(actor, kind, subject,
                from == null || from.isBlank() ? null : Days.day("from", from).atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null || to.isBlank() ? null : Days.day("to", to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                offset, limit);
    }
}
