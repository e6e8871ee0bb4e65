package com.concierge.web.api;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.SchemaImpact;
import com.concierge.catalog.api.reasons.LabelChange;
import com.concierge.catalog.api.reasons.ReasonRule;
import com.concierge.catalog.api.reasons.ReasonRuleSet;
import com.concierge.catalog.api.reasons.Relabelling;
import com.concierge.catalog.api.reasons.RuleText;
import com.concierge.catalog.api.reasons.RuleVersion;
import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import com.concierge.web.security.NotAChange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;

/** Category schemas: public to read (facets and forms need them), merchandisers define them. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    private final Catalog catalog;
    private final Changes changes;

    CategoryResource(Catalog catalog, Changes changes) {
        this.changes = changes;
        this.catalog = catalog;
    }

    @GET
    @Path("/categories")
    public List<CategoryDocument> categories() {
        return catalog.categories().stream().map(CategoryDocument::of).toList();
    }

    @GET
    @Path("/categories/{key}")
    public CategoryDocument category(@PathParam("key") String key) {
        return catalog.category(key).map(CategoryDocument::of)
                .orElseThrow(() -> new NotFoundException("no category '" + key + "'"));
    }

    /**
     * Creates or replaces the category; the schema version goes up when its attributes change. A
     * schema that refuses a value a product has stored, or cannot hold a reason rule, is refused
     * (400, naming them): change those first.
     */
    @PUT
    @Path("/admin/categories/{key}")
    @RolesAllowed("merchandiser")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryDocument define(@PathParam("key") String key, CategoryDocument body) {
        if (body == null) {
            throw new IllegalArgumentException("the request body is missing");
        }
        CategoryDefinition definition = body.toDefinition(key);
        return changes.record("put", "category", key, () -> catalog.category(key).map(CategoryDocument::of),
                () -> CategoryDocument.of(catalog.defineCategory(definition)));
    }

    /**
     * What {@code PUT} of this schema would do, saving nothing: attributes added, removed or
     * changed, stored values the new schema refuses, values it newly requires that products lack,
     * and reason rules it cannot hold ({@code blocked}: the PUT would be refused).
     */
    @POST
    @Path("/admin/categories/{key}/preview")
    @RolesAllowed("merchandiser")
    @Consumes(MediaType.APPLICATION_JSON)
    @NotAChange("a dry run: answers what a schema change would refuse or require and stores nothing")
    public SchemaPreview preview(@PathParam("key") String key, CategoryDocument body) {
        if (body == null) {
            throw new IllegalArgumentException("the request body is missing");
        }
        return SchemaPreview.of(catalog.previewCategory(body.toDefinition(key)));
    }

    /**
     * A schema preview as JSON: {@code blocked} says whether the PUT would be refused; the lists hold
     * the first {@value SchemaImpact#LISTED} conflicts of each kind, the counts all of them.
     */
    public record SchemaPreview(boolean blocked, List<String> changes, List<SchemaImpact.Conflict> refused, int refusedCount,
                                List<SchemaImpact.Conflict> missing, int missingCount, List<String> rules, int products) {

        static SchemaPreview of(SchemaImpact impact) {
            return new SchemaPreview(impact.blocked(), impact.changes(), impact.refused(), impact.refusedCount(), impact.missing(),
                    impact.missingCount(), impact.rules(), impact.products());
        }
    }

    /** A category's reason rules as merchandisers write them (numbers in display units). */
    public record RulesDocument(String category, int version, String changedBy, Instant changedAt, String note, List<RuleText.Rule> rules) {
    }

    /** The body of a rules change: the whole new rule list and why. */
    public record RulesRequest(String note, List<RuleText.Rule> rules) {
    }

    @GET
    @Path("/categories/{key}/reason-rules")
    public RulesDocument reasonRules(@PathParam("key") String key) {
        CategoryDefinition category = catalog.category(key).orElseThrow(() -> new NotFoundException("no category '" + key + "'"));
        return rulesOf(category).orElseThrow(() -> new NotFoundException("category '" + key + "' has no reason rules yet"));
    }

    private java.util.Optional<RulesDocument> rulesOf(CategoryDefinition category) {
        return catalog.reasonRules(category.key()).map(rules -> new RulesDocument(category.key(), rules.version(), rules.changedBy(),
                rules.changedAt(), rules.note(), rules.rules().stream().map(rule -> RuleText.format(rule, category.attributes(), false)).toList()));
    }

    /** Replaces the rules (a new version) and relabels the category's products; answers with every label change. */
    @PUT
    @Path("/admin/categories/{key}/reason-rules")
    @RolesAllowed("merchandiser")
    @Consumes(MediaType.APPLICATION_JSON)
    public Relabelling defineReasonRules(@PathParam("key") String key, RulesRequest body, @Context SecurityContext security) {
        if (body == null || body.rules() == null) {
            throw new IllegalArgumentException("the request needs rules: [{\"code\": ..., \"condition\": ...}]");
        }
        CategoryDefinition category = catalog.category(key).orElseThrow(() -> new NotFoundException("no category '" + key + "'"));
        List<ReasonRule> rules = body.rules().stream().map(rule -> RuleText.parse(rule, category.attributes())).toList();
        return changes.record("put", "reason-rules", key, () -> rulesOf(category),
                () -> catalog.defineReasonRules(key, rules, Identities.name(security.getUserPrincipal()), body.note()));
    }

    /** What {@code PUT} of these rules would change (every label a product would gain or lose), saving nothing. */
    @POST
    @Path("/admin/categories/{key}/reason-rules/preview")
    @RolesAllowed("merchandiser")
    @Consumes(MediaType.APPLICATION_JSON)
    @NotAChange("a dry run: answers what a rules change would relabel and stores nothing")
    public List<LabelChange> previewReasonRules(@PathParam("key") String key, RulesRequest body) {
        if (body == null || body.rules() == null) {
            throw new IllegalArgumentException("the request needs rules: [{\"code\": ..., \"condition\": ...}]");
        }
        CategoryDefinition category = catalog.category(key).orElseThrow(() -> new NotFoundException("no category '" + key + "'"));
        return catalog.previewReasonRules(key, body.rules().stream().map(rule -> RuleText.parse(rule, category.attributes())).toList());
    }

    /** Every version of the category's rules, newest first, as written (numbers in canonical units). */
    @GET
    @Path("/admin/categories/{key}/reason-rules/versions")
    @RolesAllowed("merchandiser")
    public List<RuleVersion> reasonRuleVersions(@PathParam("key") String key) {
        catalog.category(key).orElseThrow(() -> new NotFoundException("no category '" + key + "'"));
        return catalog.reasonRuleHistory(key);
    }

    /** The relabelling audit trail, newest first. */
    @GET
    @Path("/admin/categories/{key}/label-changes")
    @RolesAllowed("merchandiser")
    public List<LabelChange> labelChanges(@PathParam("key") String key, @QueryParam("limit") @DefaultValue("100") int limit) {
        return catalog.labelChanges(key, limit);
    }
}
