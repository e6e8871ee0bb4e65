package com.concierge.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A failure on a storefront page is a page a person can act on (what happened, where to go), never
 * problem+json or a stack trace. API paths keep their problem+json.
 */
public final class ErrorPages {

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String title, String message);
    }

    private ErrorPages() {
    }

    /** A page request: outside /api and /q, from something that takes HTML (a browser or htmx). */
    public static boolean isPage(UriInfo uri, HttpHeaders headers) {
        String path = uri.getPath();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return false;
        }
        return headers.getAcceptableMediaTypes().stream().anyMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType())
                || headers.getHeaderString("HX-Request") != null;
    }

    public static Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.error(status, title, message)).build();
    }
}
