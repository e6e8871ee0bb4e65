package com.concierge.web.pages;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.catalog.api.SearchUnavailableException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The storefront's front door: one box for what the shopper is looking for. */
@Path("/")
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String query, SearchResults results, String problem);
    }

    private final Catalog catalog;

    HomePage(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home(@QueryParam("q") String query) {
        if (query == null || query.isBlank()) {
            return Templates.home("", null, null);
        }
        String trimmed = query.strip();
        if (trimmed.length() > 500) {
            return Templates.home(trimmed.substring(0, 500), null, "Please keep it under 500 characters.");
        }
        try {
            return Templates.home(trimmed, catalog.search(SearchQuery.text(trimmed).withPage(0, 24)), null);
        } catch (SearchUnavailableException e) {
            return Templates.home(trimmed, null, "Search is unavailable right now. Please try again in a moment.");
        }
    }
}
