package com.concierge.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every API refusal has a problem+json body. Filters that answer before a resource runs (the CSRF
 * filter refusing a form post without its token, content negotiation) answer with an empty or HTML
 * body; this gives such an answer under {@code /api/} the problem body its status calls for. Answers
 * that already are problem+json pass unchanged.
 */
@Provider
public class ProblemBodies {

    @ServerResponseFilter
    public void problem(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        MediaType type = response.getMediaType();
        if (type != null && Problem.MEDIA_TYPE.equals(type.getType() + "/" + type.getSubtype())) {
            return;
        }
        if (status == 401 || status == 302) {
            return; // an authentication challenge keeps its headers and is answered by the security layer
        }
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String reason = info == null ? "Error" : info.getReasonPhrase();
        String detail = status == 400 && "application/x-www-form-urlencoded".equals(mediaType(request))
                ? "A form post to the API needs the page's form token; API clients send JSON (or no body) instead."
                : "The request was refused (" + reason + ").";
        response.setEntity(new Problem("https://concierge.example/problems/http-" + status, reason, status, detail), null,
                MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    private static String mediaType(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type == null ? "" : type.getType() + "/" + type.getSubtype();
    }
}
