package com.concierge.web.api;

import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import com.concierge.catalog.api.imports.CatalogImports;
import com.concierge.catalog.api.imports.ImportJob;
import com.concierge.kernel.files.FileFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Catalog imports over HTTP (docs/catalog-import.md): POST the file as text/csv or
 * application/json, get 202 with the job's address, poll it for progress and the row-level report.
 */
@Path("/api/admin/imports")
@RolesAllowed("merchandiser")
@Produces(MediaType.APPLICATION_JSON)
public class AdminImportResource {

    /** 50 MB of CSV is about 100,000 products with a dozen attributes each. */
    static final int MAX_CHARS = 50 * 1024 * 1024;

    private final CatalogImports jobs;
    private final Changes changes;

    AdminImportResource(CatalogImports jobs, Changes changes) {
        this.jobs = jobs;
        this.changes = changes;
    }

    @POST
    @Consumes({"text/csv", "application/csv", MediaType.APPLICATION_JSON})
    public Response start(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body, @Context SecurityContext security) {
        FileFormat format = fileFormat(contentType, body, "the file", "split it, or use the import CLI (ops/catalog-import)");
        ImportJob job = changes.recordOutcome("start", "import", started -> started.id().toString(),
                () -> jobs.start(format, body, security.getUserPrincipal() == null ? "unknown" : Identities.name(security.getUserPrincipal())));
        return Response.accepted(job).location(URI.create("/api/admin/imports/" + job.id())).build();
    }

    /**
     * The format of an import body sent to the API, once it is known to be CSV or JSON, not empty and
     * at most 50 MB; else an IllegalArgumentException (400) saying which.
     *
     * @param what    "the reviews", for the message
     * @param instead what to do with a file too large
     */
    static FileFormat fileFormat(String contentType, String body, String what, String instead) {
        FileFormat format = FileFormat.ofMediaType(contentType)
                .orElseThrow(() -> new IllegalArgumentException("send " + what + " as text/csv or application/json"));
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("the file is empty");
        }
        if (body.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the file is larger than 50 MB; " + instead);
        }
        return format;
    }

    /** The newest imports first, without their reports (GET one for its report). */
    @GET
    public List<ImportJob> recent(@QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be 1 to 200")
                                  @Max(value = 200, message = "must be 1 to 200") int limit) {
        return jobs.recent(limit).stream().map(ImportJob::withoutReport).toList();
    }

    @GET
    @Path("/{id}")
    public ImportJob job(@PathParam("id") String id) {
        UUID parsed;
        try {
            parsed = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no import " + id);
        }
        return jobs.job(parsed).orElseThrow(() -> new NotFoundException("no import " + id));
    }
}
