package com.concierge.web.pages;

import com.concierge.catalog.api.imports.CatalogImports;
import com.concierge.catalog.api.imports.ImportJob;
import com.concierge.catalog.api.imports.RowProblem;
import com.concierge.kernel.files.FileFormat;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Catalog imports in the console (docs/console.md#imports): upload a CSV or JSON file, watch its
 * progress (the page reloads itself every two seconds while the import runs, without JavaScript),
 * read the row-level report and download it as CSV; the newest imports (and rebuilds of the search
 * index, started from the operations page) are listed. The same jobs and checks as
 * {@code POST /api/admin/imports}; any replica shows any job. Ops reads these pages; only a
 * merchandiser uploads.
 */
@Path("/admin/imports")
@RolesAllowed({"merchandiser", "ops"}) // ops reads; only a merchandiser uploads
public class AdminImportsPage {

    static final int PROBLEMS_SHOWN = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(String user, boolean merchandiser, List<ImportJob> jobs, String error);

        static native TemplateInstance job(String user, boolean merchandiser, ImportJob job, List<RowProblem> problems, boolean running);
    }

    private final SecurityIdentity identity;
    private final CatalogImports imports;
    private final Changes changes;

    AdminImportsPage(SecurityIdentity identity, CatalogImports imports, Changes changes) {
        this.identity = identity;
        this.imports = imports;
        this.changes = changes;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance imports() {
        return Templates.imports(Identities.name(identity), merchandiser(), imports.recent(20), null);
    }

    @POST
    @RolesAllowed("merchandiser")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@RestForm("file") FileUpload file) {
        Uploads upload = Uploads.read(file, "use the import command (ops/catalog)");
        if (upload.error() != null) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.imports(Identities.name(identity), merchandiser(), imports.recent(20), upload.error() + " Nothing was imported.")).build();
        }
        FileFormat chosen = upload.format();
        String data = upload.text();
        ImportJob job = changes.recordOutcome("start", "import", started -> started.id().toString(),
                () -> imports.start(chosen, data, Identities.name(identity)));
        return Pages.seeOther("/admin/imports/" + job.id());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response job(@PathParam("id") String id) {
        Optional<ImportJob> job = Pages.uuid(id).flatMap(imports::job);
        if (job.isEmpty()) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.imports(Identities.name(identity), merchandiser(), imports.recent(20), "There is no import " + id + ".")).build();
        }
        ImportJob j = job.get();
        List<RowProblem> problems = j.report() == null ? List.of() : j.report().problems().stream().limit(PROBLEMS_SHOWN).toList();
        boolean running = j.state() == ImportJob.State.QUEUED || j.state() == ImportJob.State.RUNNING;
        return Response.ok(Templates.job(Identities.name(identity), merchandiser(), j, problems, running), MediaType.TEXT_HTML_TYPE).build();
    }

    /** The row-level report as CSV: row, sku, field, reason, message; a cell a spreadsheet would run as a formula gets a leading '. */
    @GET
    @Path("/{id}/report.csv")
    @Produces("text/csv")
    public Response report(@PathParam("id") String id) {
        Optional<ImportJob> job = Pages.uuid(id).flatMap(imports::job).filter(j -> j.report() != null);
        if (job.isEmpty()) {
            return Response.status(404).type(MediaType.TEXT_PLAIN_TYPE).entity("No finished import " + id + ".\n").build();
        }
        StringBuilder csv = new StringBuilder("row,sku,field,reason,message\r\n");
        for (RowProblem p : job.get().report().problems()) {
            csv.append(p.row()).append(',').append(cell(p.sku())).append(',').append(cell(p.field())).append(',')
                    .append(p.reason()).append(',').append(cell(p.message())).append("\r\n");
        }
        return Response.ok(csv.toString(), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + job.get().id() + "-report.csv\"").build();
    }

    private boolean merchandiser() {
        return identity.hasRole("merchandiser");
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
