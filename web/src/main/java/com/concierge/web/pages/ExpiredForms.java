package com.concierge.web.pages;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a form without a valid token with a bare 400 (a form from another site, or
 * one kept open past its token's lifetime). A shopper then sees a page that says what to do.
 */
public class ExpiredForms {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())
                && request.getMediaType() != null && request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            response.setEntity(ErrorPages.Templates.error(400, "This form has expired",
                    "For your safety we only accept forms this site has just shown you. Go back, reload the page and send it again.").render(),
                    null, MediaType.TEXT_HTML_TYPE);
        }
    }
}
