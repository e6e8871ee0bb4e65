package com.concierge.web.api;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.Readiness;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Assistant readiness for merchandisers: the products most likely to make the assistant improvise, first. */
@Path("/api/admin/readiness")
@RolesAllowed("merchandiser")
@Produces(MediaType.APPLICATION_JSON)
public class AdminReadinessResource {

    private final Catalog catalog;
    private final String storeRegion;

    AdminReadinessResource(Catalog catalog, @ConfigProperty(name = "cc.store.region") String storeRegion) {
        this.catalog = catalog;
        this.storeRegion = storeRegion;
    }

    @GET
    public List<Readiness> worstFirst(@QueryParam("category") String category, @QueryParam("region") String region,
                                      @QueryParam("limit") @DefaultValue("50") int limit) {
        return catalog.readiness(category == null || category.isBlank() ? null : category.strip(),
                region == null || region.isBlank() ? storeRegion : region.strip(), limit);
    }
}
