package com.concierge.web.api;

import com.concierge.web.security.Changes;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.search.Synonym;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/** The search vocabulary (synonyms) as data a merchandiser edits; search uses a change at once. */
@Path("/api/admin/synonyms")
@RolesAllowed("merchandiser")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSynonymResource {

    /** {@code kind}: words, reason or attribute; {@code target}: words, a reason code, or key=value. */
    public record SynonymRequest(String kind, String target) {
    }

    private final Catalog catalog;
    private final Changes changes;

    AdminSynonymResource(Catalog catalog, Changes changes) {
        this.catalog = catalog;
        this.changes = changes;
    }

    /** The synonym for {@code term} as the catalog has it, if any: the change log's before and after. */
    static java.util.Optional<Synonym> find(Catalog catalog, String term) {
        return catalog.synonyms().stream().filter(s -> s.term().equalsIgnoreCase(term.strip())).findFirst();
    }

    @GET
    public List<Synonym> list() {
        return catalog.synonyms();
    }

    @PUT
    @Path("/{term}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Synonym put(@PathParam("term") String term, SynonymRequest request) {
        if (request == null || request.kind() == null) {
            throw new IllegalArgumentException("kind is missing: words, reason or attribute");
        }
        Synonym.Kind kind;
        try {
            kind = Synonym.Kind.valueOf(request.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind '" + request.kind() + "' is not words, reason or attribute");
        }
        return changes.record("put", "synonym", term.strip().toLowerCase(Locale.ROOT), () -> find(catalog, term),
                () -> catalog.putSynonym(new Synonym(term, kind, request.target())));
    }

    @DELETE
    @Path("/{term}")
    public void delete(@PathParam("term") String term) {
        changes.record("delete", "synonym", term.strip().toLowerCase(Locale.ROOT), () -> find(catalog, term), () -> {
            if (!catalog.deleteSynonym(term)) {
                throw new NoSuchElementException("no synonym for '" + term + "'");
            }
        });
    }
}
