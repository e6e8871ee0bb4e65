package com.concierge.web.pages;

import com.concierge.kernel.changes.Change;
import com.concierge.kernel.changes.ChangeLog;
import com.concierge.kernel.changes.ChangeQuery;
import com.concierge.web.api.AdminChangeResource;
import com.concierge.web.security.Identities;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The change log in the console (docs/console.md#change-log): who changed what, when, before and
 * after, filtered by person, kind, subject and days, newest first, 50 to a page. Read-only.
 */
@Path("/admin/changes")
@RolesAllowed({"merchandiser", "ops"})
public class AdminChangesPage {

    static final int PAGE = 50;

    /** The filters as written, kept in the form. */
    public record Filters(String actor, String kind, String subject, String from, String to) {

        String query(int offset) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("actor", actor);
            parameters.put("kind", kind);
            parameters.put("subject", subject);
            parameters.put("from", from);
            parameters.put("to", to);
            parameters.put("offset", offset == 0 ? "" : Integer.toString(offset));
            return parameters.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&", "?", ""));
        }
    }

    /** Links to the neighbouring pages (null where there is none) and the rows shown. */
    public record Paging(long total, int first, int last, String previous, String next) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance changes(String user, Filters filters, List<Change> changes, Paging paging, String error);
    }

    private final SecurityIdentity identity;
    private final ChangeLog log;

    AdminChangesPage(SecurityIdentity identity, ChangeLog log) {
        this.identity = identity;
        this.log = log;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response changes(@QueryParam("actor") String actor, @QueryParam("kind") String kind, @QueryParam("subject") String subject,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("offset") @DefaultValue("0") String offset) {
        Filters filters = new Filters(Pages.kept(actor), Pages.kept(kind), Pages.kept(subject), Pages.kept(from), Pages.kept(to));
        ChangeQuery query;
        try {
            query = AdminChangeResource.query(filters.actor(), filters.kind(), filters.subject(), filters.from(), filters.to(),
                    Math.max(0, Integer.parseInt(offset.strip())), PAGE);
        } catch (IllegalArgumentException e) { // NumberFormatException included
            String message = e instanceof NumberFormatException ? "offset must be a whole number" : e.getMessage();
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.changes(Identities.name(identity), filters, List.of(), new Paging(0, 0, 0, null, null),
                            Pages.capitalised(message) + ". Showing nothing until the filters are right."))
                    .build();
        }
        long total = log.count(query);
        List<Change> changes = log.find(query);
        int first = query.offset();
        Paging paging = new Paging(total, changes.isEmpty() ? 0 : first + 1, first + changes.size(),
                first == 0 ? null : filters.query(Math.max(0, first - PAGE)),
                first + changes.size() < total ? filters.query(first + PAGE) : null);
        return Response.ok(Templates.changes(Identities.name(identity), filters, changes, paging, null), MediaType.TEXT_HTML_TYPE).build();
    }


}
