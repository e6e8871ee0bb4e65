package com.concierge.web.pages;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The CSRF filter (quarkus-rest-csrf) takes a POST without a Content-Type, or an empty one labelled
 * as a form (as some HTTP clients send a bodiless POST), for a form and refuses it for having no
 * token. API calls authenticate with bearer tokens, not cookies, so CSRF does not apply to them, and
 * a bodiless POST or DELETE (start a conversation, merge a cart, reindex) is normal there: such a
 * request is marked as carrying an empty JSON body before the CSRF filter looks at it, so neither the
 * CSRF filter nor a route that reads JSON refuses it. Storefront forms always send a body with
 * their token, and a form with a body sent to an API path is still checked (and refused).
 */
public class ApiBodiesNeedNoFormToken {

    @ServerRequestFilter(preMatching = true)
    public void markBodilessApiCalls(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") && !path.startsWith("/q/") || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean empty = (length == null || "0".equals(length.strip())) && request.getHeaderString("Transfer-Encoding") == null;
        if (type == null || empty && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            // JSON, which every API route that takes a body reads: a bodiless call is then no 415
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
