package com.concierge.web.api;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.guides.Guide;
import com.concierge.catalog.api.guides.GuideImportReport;
import com.concierge.kernel.files.FileFormat;
import com.concierge.web.security.Changes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

/**
 * Setup guides and troubleshooting trees as merchandisers write them
 * (docs/postpurchase.md#setup-and-troubleshooting); every change in the change log.
 */
@Path("/api/admin/guides")
@RolesAllowed("merchandiser")
@Produces(MediaType.APPLICATION_JSON)
public class AdminGuideResource {

    /**
     * A guide as sent: products by handle or id; steps in order (numbered by their place).
     *
     * @param kind      setup or troubleshooting
     * @param otherwise for troubleshooting: contact-us (the default) or start-return
     */
    public record GuideRequest(String kind, String title, List<String> categories, List<String> products, List<String> symptoms,
                               Boolean safety, List<StepRequest> steps, String otherwise) {
    }

    public record StepRequest(String text, String fix) {
    }

    private final Catalog catalog;
    private final Changes changes;

    AdminGuideResource(Catalog catalog, Changes changes) {
        this.catalog = catalog;
        this.changes = changes;
    }

    @GET
    public List<Guide> list() {
        return catalog.guides();
    }

    @GET
    @Path("/{id}")
    public Guide get(@PathParam("id") String id) {
        return catalog.guide(id).orElseThrow(() -> new NoSuchElementException("no guide '" + id + "'"));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Guide put(@PathParam("id") String id, GuideRequest request) {
        Guide guide = guide(catalog, id, request);
        return changes.record("put", "guide", id, () -> catalog.guide(id).orElse(null), () -> catalog.putGuide(guide));
    }

    @DELETE
    @Path("/{id}")
    public void delete(@PathParam("id") String id) {
        changes.record("delete", "guide", id, () -> catalog.guide(id).orElse(null), () -> {
            if (!catalog.deleteGuide(id)) {
                throw new NoSuchElementException("no guide '" + id + "'");
            }
        });
    }

    /** Guides from a file, one row per step (docs/postpurchase.md#importing-guides); a row-level report. */
    @POST
    @Path("/import")
    @Consumes({"text/csv", "application/csv", MediaType.APPLICATION_JSON})
    public GuideImportReport importGuides(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        FileFormat format = AdminImportResource.fileFormat(contentType, body, "the guides", "split it");
        return changes.recordOutcome("import", "guides", "file of " + body.length() + " characters",
                () -> catalog.importGuides(format, new StringReader(body)));
    }

    /** The product a handle or an id names; an IllegalArgumentException naming the field when none. */
    static UUID product(Catalog catalog, String named) {
        if (named == null || named.isBlank()) {
            throw new IllegalArgumentException("products: a product is named by its handle or id");
        }
        return catalog.productIdByHandle(named).or(() -> {
            try {
                UUID byId = UUID.fromString(named.strip());
                return catalog.product(byId).map(p -> byId);
            } catch (IllegalArgumentException notAnId) {
                return java.util.Optional.empty();
            }
        }).orElseThrow(() -> new IllegalArgumentException("products: no product with the handle or id '" + named + "'"));
    }

    /** The guide a request describes; what is wrong with it as an IllegalArgumentException naming the field. */
    public static Guide guide(Catalog catalog, String id, GuideRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("send the guide as JSON: kind, title, steps, and categories or products");
        }
        Set<UUID> products = new LinkedHashSet<>();
        for (String named : request.products() == null ? List.<String>of() : request.products()) {
            if (named != null && !named.isBlank()) {
                products.add(product(catalog, named));
            }
        }
        List<Guide.Step> steps = new ArrayList<>();
        for (StepRequest step : request.steps() == null ? List.<StepRequest>of() : request.steps()) {
            if (step != null && (step.text() != null && !step.text().isBlank() || step.fix() != null && !step.fix().isBlank())) {
                steps.add(new Guide.Step(steps.size() + 1, step.text(), step.fix()));
            }
        }
        Guide.Kind kind = Guide.Kind.parse(request.kind());
        Guide.Otherwise otherwise = request.otherwise() == null || request.otherwise().isBlank() ? null : Guide.Otherwise.parse(request.otherwise());
        return new Guide(id, kind, products, request.categories() == null ? Set.of() : new LinkedHashSet<>(request.categories().stream()
                .filter(c -> c != null && !c.isBlank()).map(String::strip).toList()), request.title(), request.symptoms(),
                Boolean.TRUE.equals(request.safety()), steps, otherwise, null);
    }
}
