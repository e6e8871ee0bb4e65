package com.concierge.web.pages;

import com.concierge.web.security.Identities;
import com.concierge.kernel.events.Outbox;
import com.concierge.reviews.api.Reviews;
import com.concierge.reviews.api.moderation.Flag;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The merchandiser console's landing page; Keycloak login guards it (code flow). */
@Path("/admin")
@RolesAllowed("merchandiser")
public class AdminPage {

    /** Open review flags listed on the console, oldest first. */
    static final int QUEUE_SHOWN = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance console(String user, Outbox.Status outbox, List<Flag> flags);
    }

    private final SecurityIdentity identity;
    private final Outbox outbox;
    private final Reviews reviews;

    AdminPage(SecurityIdentity identity, Outbox outbox, Reviews reviews) {
        this.identity = identity;
        this.outbox = outbox;
        this.reviews = reviews;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance console() {
        return Templates.console(Identities.name(identity), outbox.status(), reviews.flags(Flag.Status.OPEN, null, QUEUE_SHOWN));
    }
}
