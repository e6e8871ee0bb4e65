package com.concierge.web.pages;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.guides.Guide;
import com.concierge.catalog.api.guides.GuideImportReport;
import com.concierge.web.api.AdminGuideResource;
import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Setup guides and troubleshooting trees in the console (docs/console.md#guides): the list, one
 * guide's form (new or edited; checked as the API checks it, nothing saved until it is right), and
 * the import of a guide file with its row-level report. Every change is in the change log.
 */
@Path("/admin/guides")
@RolesAllowed("merchandiser")
public class AdminGuidesPage {

    /** The form as sent: lists one item per line, steps as "check | fix" lines. */
    public record Form(String id, String kind, String title, String categories, String products, String symptoms, boolean safety,
                       String steps, String otherwise, boolean existing) {

        static final Form EMPTY = new Form("", "troubleshooting", "", "", "", "", false, "", "contact-us", false);

        static Form of(Guide guide, Catalog catalog) {
            return new Form(guide.id(), guide.kind().code(), guide.title(), String.join(", ", guide.categories().stream().sorted().toList()),
                    guide.products().stream().map(p -> catalog.product(p).map(s -> s.handle()).orElse(p.toString())).sorted()
                            .collect(Collectors.joining(", ")),
                    String.join("\n", guide.symptoms()), guide.safety(),
                    guide.steps().stream().map(s -> s.fix() == null ? s.text() : s.text() + " | " + s.fix()).collect(Collectors.joining("\n")),
                    guide.otherwise() == null ? "contact-us" : guide.otherwise().code(), true);
        }
    }

    /** A row of the list: the guide and what it is for, in words. */
    public record Row(Guide guide, String forWhat) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance guides(String user, List<Row> rows, String notice, GuideImportReport report, String importError);

        static native TemplateInstance guide(String user, Form form, String error, List<String> categories);
    }

    private final SecurityIdentity identity;
    private final Catalog catalog;
    private final Changes changes;

    AdminGuidesPage(SecurityIdentity identity, Catalog catalog, Changes changes) {
        this.identity = identity;
        this.catalog = catalog;
        this.changes = changes;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("done") String done, @QueryParam("id") String id) {
        String shown = id == null ? "" : id;
        return list(done == null ? null : switch (done) {
            case "saved" -> "Saved \"" + shown + "\". Order pages and the assistant use it now.";
            case "removed" -> "Removed \"" + shown + "\".";
            default -> null;
        }, null, null);
    }

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance create() {
        return Templates.guide(Identities.name(identity), Form.EMPTY, null, categories());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@PathParam("id") String id) {
        java.util.Optional<Guide> guide = catalog.guide(id);
        if (guide.isEmpty()) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(list("There is no guide \"" + id + "\".", null, null)).build();
        }
        return Response.ok(Templates.guide(Identities.name(identity), Form.of(guide.get(), catalog), null, categories()), MediaType.TEXT_HTML_TYPE)
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@RestForm("id") String id, @RestForm("kind") String kind, @RestForm("title") String title,
                         @RestForm("categories") String categories, @RestForm("products") String products, @RestForm("symptoms") String symptoms,
                         @RestForm("safety") String safety, @RestForm("steps") String steps, @RestForm("otherwise") String otherwise,
                         @RestForm("existing") boolean existing) {
        Form form = new Form(text(id), text(kind), text(title), text(categories), text(products), text(symptoms), safety != null,
                text(steps), text(otherwise), existing);
        boolean troubleshooting = "troubleshooting".equals(form.kind());
        List<AdminGuideResource.StepRequest> stepRequests = new ArrayList<>();
        for (String line : lines(form.steps())) {
            int bar = line.indexOf('|');
            stepRequests.add(troubleshooting && bar >= 0 ? new AdminGuideResource.StepRequest(line.substring(0, bar), line.substring(bar + 1))
                    : new AdminGuideResource.StepRequest(line, null));
        }
        try {
            Guide guide = AdminGuideResource.guide(catalog, form.id(), new AdminGuideResource.GuideRequest(form.kind(), form.title(),
                    items(form.categories()), items(form.products()), troubleshooting ? lines(form.symptoms()) : List.of(),
                    troubleshooting && form.safety(), stepRequests, troubleshooting ? form.otherwise() : null));
            if (!form.existing() && catalog.guide(guide.id()).isPresent()) {
                throw new IllegalArgumentException("there is already a guide \"" + guide.id() + "\"; open it from the list to change it, or choose another id");
            }
            changes.record("put", "guide", guide.id(), () -> catalog.guide(guide.id()).orElse(null), () -> catalog.putGuide(guide));
            return Pages.seeOther("/admin/guides?done=saved&id=" + URLEncoder.encode(guide.id(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.guide(Identities.name(identity), form, Pages.capitalised(e.getMessage()) + ". Nothing was saved.", categories()))
                    .build();
        }
    }

    @POST
    @Path("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response remove(@RestForm("id") String id) {
        String shown = text(id);
        try {
            changes.record("delete", "guide", shown, () -> catalog.guide(shown).orElse(null), () -> {
                if (shown.isEmpty() || !catalog.deleteGuide(shown)) {
                    throw new NoSuchElementException(shown);
                }
            });
        } catch (NoSuchElementException e) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(list("There is no guide \"" + shown + "\". Nothing was removed.", null,
                    null)).build();
        }
        return Pages.seeOther("/admin/guides?done=removed&id=" + URLEncoder.encode(shown, StandardCharsets.UTF_8));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response importGuides(@RestForm("file") FileUpload file) {
        Uploads upload = Uploads.read(file, null);
        if (upload.error() != null) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(list(null, null, upload.error() + " Nothing was imported.")).build();
        }
        GuideImportReport report = changes.recordOutcome("import", "guides", "file of " + upload.text().length() + " characters",
                () -> catalog.importGuides(upload.format(), new StringReader(upload.text())));
        return Response.status(report.problems().isEmpty() ? 200 : 422).type(MediaType.TEXT_HTML_TYPE).entity(list(null, report, null)).build();
    }

    private TemplateInstance list(String notice, GuideImportReport report, String importError) {
        Map<UUID, String> handles = new java.util.HashMap<>();
        List<Row> rows = catalog.guides().stream().map(g -> new Row(g, forWhat(g, handles))).toList();
        return Templates.guides(Identities.name(identity), rows, notice, report, importError);
    }

    private String forWhat(Guide guide, Map<UUID, String> handles) {
        if (!guide.products().isEmpty()) {
            return guide.products().stream().map(p -> handles.computeIfAbsent(p, id -> catalog.product(id).map(s -> s.title()).orElse(id.toString())))
                    .sorted().collect(Collectors.joining(", "));
        }
        return guide.categories().isEmpty() ? "every product" : String.join(", ", guide.categories().stream().sorted().toList());
    }

    private List<String> categories() {
        return catalog.categories().stream().map(c -> c.key()).sorted().toList();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> items(String text) {
        return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
