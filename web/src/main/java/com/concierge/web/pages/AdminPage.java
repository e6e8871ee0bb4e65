package com.concierge.web.pages;

import com.concierge.kernel.events.Outbox;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The merchandiser console's landing page; Keycloak login guards it (code flow). */
@Path("/admin")
@RolesAllowed("merchandiser")
public class AdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance console(String user, Outbox.Status outbox);
    }

    private final SecurityIdentity identity;
    private final Outbox outbox;

    AdminPage(SecurityIdentity identity, Outbox outbox) {
        this.identity = identity;
        this.outbox = outbox;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance console() {
        return Templates.console(identity.getPrincipal().getName(), outbox.status());
    }
}
