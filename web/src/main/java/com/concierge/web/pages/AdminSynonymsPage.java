package com.concierge.web.pages;

import com.concierge.web.security.Changes;
import com.concierge.catalog.api.ProductSearch;
import com.concierge.catalog.api.search.Synonym;
import com.concierge.web.security.Identities;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The merchandiser's synonyms (docs/console.md#synonyms): the words shoppers use that the catalog's
 * own words do not contain, listed, added or changed, and removed from the browser. Search uses a
 * change at once, the assistant within its vocabulary refresh (30 s). A synonym is checked as the
 * API checks it (a target the catalog does not have is refused, next to the field) and nothing is
 * saved until every field is right.
 */
@Path("/admin/synonyms")
@RolesAllowed("merchandiser")
public class AdminSynonymsPage {

    /** What the shopper wrote in the form, kept when it is sent back with errors. */
    public record Form(String term, String kind, String target) {

        static final Form EMPTY = new Form("", "words", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance synonyms(String user, List<Synonym> synonyms, String q, Form form, Map<String, String> errors,
                                                String notice);
    }

    private final SecurityIdentity identity;
    private final ProductSearch catalog;
    private final Changes changes;

    AdminSynonymsPage(SecurityIdentity identity, ProductSearch catalog, Changes changes) {
        this.identity = identity;
        this.catalog = catalog;
        this.changes = changes;
    }

    private java.util.Optional<Synonym> find(String term) {
        return catalog.synonyms().stream().filter(s -> s.term().equalsIgnoreCase(term)).findFirst();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("done") String done, @QueryParam("term") String term) {
        String shown = term == null ? "" : term;
        return page(q, Form.EMPTY, Map.of(), done == null ? null : switch (done) {
            case "saved" -> "Saved \"" + shown + "\". Search uses it now; the assistant within 30 seconds.";
            case "removed" -> "Removed \"" + shown + "\".";
            default -> null;
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@RestForm("term") String term, @RestForm("kind") String kind, @RestForm("target") String target) {
        Form form = new Form(term == null ? "" : term.strip(), kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT),
                target == null ? "" : target.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.term().isEmpty() || form.term().length() > 64) {
            errors.put("term", "Write the shopper's words, 1 to 64 characters.");
        }
        Synonym.Kind parsed = switch (form.kind()) {
            case "words" -> Synonym.Kind.WORDS;
            case "reason" -> Synonym.Kind.REASON;
            case "attribute" -> Synonym.Kind.ATTRIBUTE;
            default -> null;
        };
        if (parsed == null) {
            errors.put("kind", "Choose what the words mean: other words, a reason code or an attribute value.");
        }
        if (form.target().isEmpty() || form.target().length() > 200) {
            errors.put("target", "Write what the words mean, 1 to 200 characters.");
        }
        if (errors.isEmpty()) {
            try {
                Synonym synonym = new Synonym(form.term(), parsed, form.target());
                changes.record("put", "synonym", form.term().toLowerCase(Locale.ROOT), () -> find(form.term()), () -> catalog.putSynonym(synonym));
                return Pages.seeOther("/admin/synonyms?done=saved&term=" + encode(form.term().toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.put("target", Pages.capitalised(e.getMessage()) + ". Nothing was saved.");
            }
        }
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page(null, form, errors, null)).build();
    }

    @POST
    @Path("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response remove(@RestForm("term") String term) {
        String shown = term == null ? "" : term.strip();
        try {
            changes.record("delete", "synonym", shown.toLowerCase(Locale.ROOT), () -> find(shown), () -> {
                if (shown.isEmpty() || !catalog.deleteSynonym(shown)) {
                    throw new java.util.NoSuchElementException(shown);
                }
            });
        } catch (java.util.NoSuchElementException e) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(null, Form.EMPTY, Map.of(), "There is no synonym \"" + shown + "\". Nothing was removed.")).build();
        }
        return Pages.seeOther("/admin/synonyms?done=removed&term=" + encode(shown.toLowerCase(Locale.ROOT)));
    }

    private TemplateInstance page(String q, Form form, Map<String, String> errors, String notice) {
        String filter = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<Synonym> synonyms = catalog.synonyms().stream()
                .filter(s -> filter.isEmpty() || s.term().contains(filter) || s.target().toLowerCase(Locale.ROOT).contains(filter)).toList();
        return Templates.synonyms(Identities.name(identity), synonyms, filter, form, errors, notice);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
