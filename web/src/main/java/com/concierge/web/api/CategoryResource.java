package com.concierge.web.api;

import com.concierge.catalog.api.Catalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Category schemas: public to read (facets and forms need them), merchandisers define them. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    private final Catalog catalog;

    CategoryResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/categories")
    public List<CategoryDocument> categories() {
        return catalog.categories().stream().map(CategoryDocument::of).toList();
    }

    @GET
    @Path("/categories/{key}")
    public CategoryDocument category(@PathParam("key") String key) {
        return catalog.category(key).map(CategoryDocument::of)
                .orElseThrow(() -> new NotFoundException("no category '" + key + "'"));
    }

    /** Creates or replaces the category; the schema version goes up when its attributes change. */
    @PUT
    @Path("/admin/categories/{key}")
    @RolesAllowed("merchandiser")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryDocument define(@PathParam("key") String key, CategoryDocument body) {
        if (body == null) {
            throw new IllegalArgumentException("the request body is missing");
        }
        return CategoryDocument.of(catalog.defineCategory(body.toDefinition(key)));
    }
}
