package com.concierge.web.api;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.NewProduct;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.compatibility.LinkEnd;
import com.concierge.catalog.api.compatibility.Relation;
import com.concierge.catalog.api.qa.AnswerSource;
import com.concierge.catalog.api.qa.NewQaEntry;
import com.concierge.kernel.Money;
import com.concierge.kernel.files.FileFormat;
import com.concierge.reviews.api.Reviews;
import com.concierge.reviews.api.ingest.ReviewImportReport;
import com.concierge.web.security.Changes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Merchandiser writes to the catalog. */
@Path("/api/admin/products")
@RolesAllowed("merchandiser")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminProductResource {

    /** The request body; {@code price.amount} is a decimal string ("149.99"), never a float. */
    public record ProductRequest(String sku, String title, String brand, String description, PriceRequest price) {
    }

    public record PriceRequest(String amount, String currency) {
    }

    /** A question and answer; {@code source} is retailer, manufacturer or community, {@code answeredOn} an ISO date. */
    public record QaRequest(String question, String answer, String source, String answeredOn) {
    }

    /** Optional body of a link: the merchandiser's note on the edge. */
    public record LinkRequest(String note) {
    }

    /** A product's state after an archive or a restore. */
    public record Archiving(UUID product, String handle, boolean archived) {
    }

    private final Catalog catalog;
    private final Reviews reviews;
    private final Changes changes;

    AdminProductResource(Catalog catalog, Reviews reviews, Changes changes) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.changes = changes;
    }

    /**
     * Imports reviews of one product from a CSV or JSON body (docs/reviews.md): the good rows are
     * stored, the bad ones reported with row, field and reason; a review already stored is
     * counted as unchanged.
     */
    @POST
    @Path("/{id}/reviews")
    @Consumes({"text/csv", "application/csv", MediaType.APPLICATION_JSON})
    public ReviewImportReport importReviews(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                            String body) {
        FileFormat format = FileFormat.ofMediaType(contentType)
                .orElseThrow(() -> new IllegalArgumentException("send the reviews as text/csv or application/json"));
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("the file is empty");
        }
        UUID product = ProductResource.parseId(id);
        return changes.recordOutcome("import", "reviews", product.toString(),
                () -> reviews.importReviews(product, format, new StringReader(body)));
    }

    @POST
    public Response add(ProductRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("the request body is missing");
        }
        if (request.price() == null) {
            throw new IllegalArgumentException("price is missing");
        }
        Money price = Money.parse(request.price().amount(), request.price().currency());
        ProductSummary created = changes.recordOutcome("add", "product", request.sku(), () -> catalog.addProduct(
                new NewProduct(request.sku(), request.title(), request.brand(), request.description(), price)));
        return Response.created(URI.create("/api/products/" + created.id())).entity(created).build();
    }

    /**
     * Archives a product: no longer sold (out of search, listings, the assistant and carts; its page
     * and product JSON answer 404), kept in the database because orders, analytics and reviews refer
     * to it. Idempotent; {@code POST /{id}/restore} undoes it (docs/catalog.md#archiving).
     */
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Archive a product (the same as POST /{id}/archive)")
    public Archiving delete(@PathParam("id") String id) {
        return archive(id);
    }

    @POST
    @Path("/{id}/archive")
    @Operation(summary = "Archive a product: no longer sold, kept for orders and history")
    public Archiving archive(@PathParam("id") String id) {
        UUID product = ProductResource.parseId(id);
        ProductSummary archived = changes.record("archive", "product", product.toString(), () -> catalog.product(product),
                () -> catalog.archive(product).orElseThrow(() -> new NoSuchElementException("No product " + id + ".")));
        return new Archiving(archived.id(), archived.handle(), true);
    }

    @POST
    @Path("/{id}/restore")
    @Operation(summary = "Sell an archived product again")
    public Archiving restore(@PathParam("id") String id) {
        UUID product = ProductResource.parseId(id);
        ProductSummary restored = changes.record("restore", "product", product.toString(), () -> catalog.product(product),
                () -> catalog.restore(product).orElseThrow(() -> new NoSuchElementException("No product " + id + ".")));
        return new Archiving(restored.id(), restored.handle(), false);
    }

    @POST
    @Path("/{id}/qa")
    public Response addQa(@PathParam("id") String id, QaRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("the request body is missing");
        }
        LocalDate answeredOn;
        try {
            answeredOn = request.answeredOn() == null ? null : LocalDate.parse(request.answeredOn().strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("answeredOn '" + request.answeredOn() + "' is not a date like 2026-11-22");
        }
        UUID product = ProductResource.parseId(id);
        var entry = changes.recordOutcome("add", "qa", product.toString(), () -> catalog.addQa(product, new NewQaEntry(request.question(),
                request.answer(), request.source() == null ? null : AnswerSource.parse(request.source()), answeredOn)));
        return Response.created(URI.create("/api/products/" + id + "/qa")).entity(entry).build();
    }

    /**
     * Records "{from} {relation} {to}", e.g. PUT /api/admin/products/{jar}/compatibility/fits/{blender};
     * {@code fromVariant} / {@code toVariant} (SKUs) narrow an end to one variant.
     */
    @PUT
    @Path("/{from}/compatibility/{relation}/{to}")
    public Response link(@PathParam("from") String from, @PathParam("relation") String relation, @PathParam("to") String to,
                         @QueryParam("fromVariant") String fromVariant, @QueryParam("toVariant") String toVariant,
                         LinkRequest request) {
        UUID fromProduct = ProductResource.parseId(from);
        changes.record("link", "compatibility", fromProduct.toString(), () -> catalog.compatibility(fromProduct),
                () -> catalog.link(new LinkEnd(fromProduct, fromVariant), Relation.parse(relation),
                        new LinkEnd(ProductResource.parseId(to), toVariant), request == null ? null : request.note()));
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{from}/compatibility/{relation}/{to}")
    public Response unlink(@PathParam("from") String from, @PathParam("relation") String relation, @PathParam("to") String to,
                           @QueryParam("fromVariant") String fromVariant, @QueryParam("toVariant") String toVariant) {
        UUID fromProduct = ProductResource.parseId(from);
        changes.record("unlink", "compatibility", fromProduct.toString(), () -> catalog.compatibility(fromProduct), () -> {
            if (!catalog.unlink(new LinkEnd(fromProduct, fromVariant), Relation.parse(relation), new LinkEnd(ProductResource.parseId(to), toVariant))) {
                throw new NoSuchElementException("no such compatibility edge");
            }
        });
        return Response.noContent().build();
    }
}
