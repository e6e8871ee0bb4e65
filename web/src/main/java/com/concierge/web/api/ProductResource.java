package com.concierge.web.api;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.SearchPage;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.qa.QaEntry;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** Public product reads: search (OpenSearch) and one product (database). */
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final Catalog catalog;

    ProductResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    public SearchPage search(@QueryParam("q") String text, @QueryParam("limit") @DefaultValue("20") int limit) {
        return catalog.search(text, limit);
    }

    @GET
    @Path("/{id}")
    public ProductSummary product(@PathParam("id") String id) {
        return catalog.product(parseId(id)).orElseThrow(() -> new NotFoundException("no product with id " + id));
    }

    /** Every compatibility edge of the product, from both ends ("fits", "is fitted by", ...). */
    @GET
    @Path("/{id}/compatibility")
    public List<CompatibilityLink> compatibility(@PathParam("id") String id) {
        return catalog.compatibility(parseId(id));
    }

    /** The product's questions and answers, newest first; each id is citable. */
    @GET
    @Path("/{id}/qa")
    public List<QaEntry> qa(@PathParam("id") String id) {
        return catalog.qa(parseId(id));
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + id + "' is not a product id (a UUID)");
        }
    }
}
