package com.concierge.web.api;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.Readiness;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.policies.ItemPolicies;
import com.concierge.catalog.api.qa.QaEntry;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.reviews.api.ReviewSummary;
import com.concierge.reviews.api.ReviewView;
import com.concierge.reviews.api.Reviews;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Public product reads: search (OpenSearch) and one product (database), the repeated ones kept by CatalogReads. */
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    /**
     * What the product API returns: the product (normalized attributes with units, variants,
     * reason codes), its compatibility edges, the policies that apply in the store region to an
     * item delivered today, and its assistant readiness.
     */
    public record ProductDocument(ProductDetails product, List<CompatibilityLink> compatibility, ItemPolicies policies,
                                  Readiness readiness) {
    }

    private final Catalog catalog;
    private final Reviews reviews;
    private final CatalogReads reads;
    private final String storeCurrency;
    private final String storeRegion;
    private final Clock clock = Clock.systemUTC();

    ProductResource(Catalog catalog, Reviews reviews, CatalogReads reads, @ConfigProperty(name = "cc.store.currency") String storeCurrency,
                    @ConfigProperty(name = "cc.store.region") String storeRegion) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.reads = reads;
        this.storeCurrency = storeCurrency;
        this.storeRegion = storeRegion;
    }

    /**
     * Search with filters, facets and sorting; parameters in docs/search.md. 503 when OpenSearch is
     * down. Answers are kept per query for the read period (CatalogReads) and carry an entity tag.
     */
    @GET
    @APIResponse(responseCode = "200", description = "one page of hits with facet counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchResults.class)))
    public Response search(@Context UriInfo uri, @Context HttpHeaders request) {
        SearchQuery query = SearchParameters.parse(uri.getQueryParameters(), reads.categories(), storeCurrency);
        return reads.searchJson(query).respond(request, reads.keepFor());
    }

    /**
     * One product by id or by handle, from the database: it answers while search is down. Kept for
     * the read period (CatalogReads); a request with the entity tag it was given gets a 304 while
     * the product is unchanged.
     */
    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "the product with its compatibility, policies and readiness",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductDocument.class)))
    public Response product(@PathParam("id") String idOrHandle, @Context HttpHeaders request) {
        return reads.product(idOrHandle).orElseThrow(() -> new NotFoundException("no product " + idOrHandle))
                .respond(request, reads.keepFor());
    }

    /**
     * What applies to this product: {@code region} (default the store's), {@code deliveredOn}
     * (default today), {@code opened} (default false), {@code on} the day asked (default today).
     */
    @GET
    @Path("/{id}/policies")
    public ItemPolicies policies(@PathParam("id") String id, @QueryParam("region") String region,
                                 @QueryParam("deliveredOn") String deliveredOn, @QueryParam("opened") boolean opened,
                                 @QueryParam("on") String on) {
        LocalDate today = LocalDate.now(clock);
        return catalog.policiesFor(parseId(id), region == null || region.isBlank() ? storeRegion : region,
                PolicyResource.date("deliveredOn", deliveredOn, today), opened, PolicyResource.date("on", on, today));
    }

    /** schema.org Product / Offer JSON-LD for the product page (and shopping agents that read it). */
    @GET
    @Path("/{id}/jsonld")
    @Produces("application/ld+json")
    public Map<String, Object> jsonLd(@PathParam("id") String idOrHandle, @Context UriInfo uri) {
        ProductDetails details = details(catalog, idOrHandle).orElseThrow(() -> new NotFoundException("no product " + idOrHandle));
        return SchemaOrg.product(details, uri.getBaseUri().resolve("/products/" + details.handle()).toString(), catalog, storeRegion,
                LocalDate.now(clock));
    }

    /**
     * Every compatibility edge of the product, from both ends ("fits", "is fitted by", ...); with
     * {@code variant} (a SKU), only the edges that hold for that variant.
     */
    @GET
    @Path("/{id}/compatibility")
    public List<CompatibilityLink> compatibility(@PathParam("id") String id, @QueryParam("variant") String variant) {
        return variant == null || variant.isBlank() ? catalog.compatibility(parseId(id)) : catalog.compatibility(parseId(id), variant);
    }

    /**
     * The product's setup guides and troubleshooting trees (its own, its category's, the store's):
     * what the order page shows and the assistant answers from (docs/postpurchase.md#setup-and-troubleshooting).
     */
    @GET
    @Path("/{id}/guides")
    public List<com.concierge.catalog.api.guides.Guide> guides(@PathParam("id") String id) {
        return catalog.guidesFor(parseId(id));
    }

    /** The product's reviews, newest first (at most {@code limit}, 1–200); authors are shown masked. */
    @GET
    @Path("/{id}/reviews")
    public List<ReviewView> reviews(@PathParam("id") String id, @QueryParam("limit") @DefaultValue("20") int limit) {
        UUID product = parseId(id);
        if (catalog.details(product).isEmpty()) {
            throw new NotFoundException("no product " + id);
        }
        return reviews.reviews(product, limit);
    }

    /**
     * What the product's reviews say (pros, cons, a short summary; every claim cited to review
     * spans, held-out content left out); with {@code variant} (a SKU), that variant's reviews only.
     * Computed when reviews change, so a product whose reviews were just imported may answer 404
     * for a moment.
     */
    @GET
    @Path("/{id}/reviews/summary")
    public ReviewSummary reviewSummary(@PathParam("id") String id, @QueryParam("variant") String variant) {
        UUID product = parseId(id);
        if (catalog.details(product).isEmpty()) {
            throw new NotFoundException("no product " + id);
        }
        boolean whole = variant == null || variant.isBlank();
        return reviews.summary(product, whole ? null : variant).orElseThrow(() -> new NotFoundException(whole
                ? "no review summary for product " + id + " (no reviews yet, or being computed)"
                : "no review summary for variant " + variant + " of product " + id + " (no reviews of it yet, or being computed)"));
    }

    /** The product's questions and answers, newest first; each id is citable. */
    @GET
    @Path("/{id}/qa")
    public List<QaEntry> qa(@PathParam("id") String id) {
        return catalog.qa(parseId(id));
    }

    /** A product by its id or, when the text is no UUID, by its import handle ("calma-900"). */
    static Optional<ProductDetails> details(Catalog catalog, String idOrHandle) {
        return id(idOrHandle).map(catalog::details).orElseGet(() -> catalog.detailsByHandle(idOrHandle));
    }

    /** The UUID this text is (an id in a path, a query parameter or a cookie); anything else is no id. */
    public static Optional<UUID> id(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + id + "' is not a product id (a UUID)");
        }
    }
}
