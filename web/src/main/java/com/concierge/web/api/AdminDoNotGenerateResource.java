package com.concierge.web.api;

import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import com.concierge.reviews.api.guardrails.DoNotGenerate;
import com.concierge.reviews.api.guardrails.RegulatedTopic;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.NoSuchElementException;

/** The do-not-generate list (docs/reviews.md): regulated topics as data; a change has every review summary recomputed. */
@Path("/api/admin/do-not-generate")
@RolesAllowed("merchandiser")
@Produces(MediaType.APPLICATION_JSON)
public class AdminDoNotGenerateResource {

    /** Lengths as the columns of {@code reviews_regulated_topic} keep them. */
    public record TopicRequest(@Size(max = 200) String label, @Size(max = 500) List<@Size(max = 200) String> phrases,
                               @Size(max = 1000) String refusal) {
    }

    private final DoNotGenerate doNotGenerate;
    private final Changes changes;

    AdminDoNotGenerateResource(DoNotGenerate doNotGenerate, Changes changes) {
        this.doNotGenerate = doNotGenerate;
        this.changes = changes;
    }


    @GET
    public List<RegulatedTopic> topics() {
        return doNotGenerate.topics();
    }

    /** Adds or replaces a topic; every product's review summary is recomputed. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegulatedTopic putTopic(@PathParam("id") @Size(max = 40) String id, @Valid TopicRequest request, @Context SecurityContext security) {
        if (request == null) {
            throw new IllegalArgumentException("send the topic as {\"label\": ..., \"phrases\": [...], \"refusal\": ...}");
        }
        return changes.record("put", "do-not-generate", id, () -> doNotGenerate.topic(id),
                () -> doNotGenerate.put(new RegulatedTopic(id, request.label(), request.phrases(), request.refusal()),
                        Identities.name(security.getUserPrincipal())));
    }

    @DELETE
    @Path("/{id}")
    public void deleteTopic(@PathParam("id") String id, @Context SecurityContext security) {
        changes.record("delete", "do-not-generate", id, () -> doNotGenerate.topic(id), () -> {
            if (!doNotGenerate.delete(id, Identities.name(security.getUserPrincipal()))) {
                throw new NoSuchElementException("no do-not-generate topic '" + id + "'");
            }
        });
    }
}
