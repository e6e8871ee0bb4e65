package com.concierge.web.pages;

import com.concierge.catalog.api.CategoryCatalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.ProductCatalog;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.SchemaImpact;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.Unit;
import com.concierge.catalog.api.reasons.LabelChange;
import com.concierge.catalog.api.reasons.ReasonRule;
import com.concierge.catalog.api.reasons.ReasonRuleSet;
import com.concierge.catalog.api.reasons.Relabelling;
import com.concierge.catalog.api.reasons.RuleText;
import com.concierge.catalog.api.reasons.RuleVersion;
import com.concierge.web.api.CategoryDocument;
import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Categories in the console (docs/console.md#categories-and-reason-rules): every category with its
 * schema (typed attributes, units, ranges, allowed values), and its reason-code rules edited as
 * lines ("noise at most 60 dB"), previewed (which products gain or lose which label) before they are
 * saved as the next version, with the version history and the newest label changes. The same checks
 * as {@code PUT /api/admin/categories/{key}/reason-rules}; a save is a change-log entry.
 */
@Path("/admin/categories")
@RolesAllowed("merchandiser")
public class AdminCategoriesPage {

    /** Empty rows offered for new rules. */
    static final int NEW_ROWS = 2;
    static final int CHANGES_SHOWN = 50;

    /** A rule as the form holds it: its code, label and condition line, and what is wrong with it. */
    public record RuleRow(String code, String label, String condition, String error) {
    }

    /**
     * An attribute as the schema form holds it: bounds in the display unit as written, the allowed
     * values one per line (a value may hold a comma), and what is wrong with the row. {@code was} is the key of the stored
     * attribute the row started from (empty for a new row), so unchanged bounds keep their exact
     * stored value instead of a rounded display unit.
     */
    public record AttributeRow(String key, String label, String type, String unit, String min, String max, String values, boolean required,
                               String was, String error) {

        static AttributeRow of(AttributeDefinition a) {
            Unit unit = a.displayUnit();
            return new AttributeRow(a.key(), a.label(), a.type().name().toLowerCase(Locale.ROOT), unit == null ? "" : unit.symbol(),
                    Objects.requireNonNullElse(Pages.inDisplayUnit(a.min(), unit), ""), Objects.requireNonNullElse(Pages.inDisplayUnit(a.max(), unit), ""),
                    String.join("\n", a.sortedAllowedValues()), a.required(), a.key(), null);
        }

        static AttributeRow empty() {
            return new AttributeRow("", "", "number", "", "", "", "", false, "", null);
        }

        boolean blank() {
            return key.isEmpty() && label.isEmpty() && unit.isEmpty() && min.isEmpty() && max.isEmpty() && values.isEmpty();
        }

        AttributeRow wrong(String message) {
            return new AttributeRow(key, label, type, unit, min, max, values, required, was, message);
        }

        /**
         * The definition the row writes. A bound whose text is what the page showed for the stored
         * attribute keeps the stored value exactly (a quart shown as 1.057 stays 1000 ml).
         */
        AttributeDefinition toDefinition(AttributeDefinition stored) {
            Set<String> allowed = Arrays.stream(values.split("\\R")).map(String::strip).filter(v -> !v.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!allowed.isEmpty() && !type.equalsIgnoreCase("enum") && !type.equalsIgnoreCase("list")) {
                throw new IllegalArgumentException("only enum and list attributes take allowed values; clear them for a " + type);
            }
            AttributeDefinition written = AttributeDefinition.fromText(key, label, type, unit, min, max, allowed, required);
            if (stored == null || stored.displayUnit() != written.displayUnit() || stored.type() != written.type()) {
                return written;
            }
            AttributeRow shown = of(stored);
            return new AttributeDefinition(written.key(), written.label(), written.type(), written.dimension(), written.displayUnit(),
                    shown.min().equals(min) ? stored.min() : written.min(), shown.max().equals(max) ? stored.max() : written.max(),
                    written.allowedValues(), written.required());
        }
    }

    /**
     * The schema form: the category's name, its attribute rows, the impact a preview or a refused
     * save found (null when there is none to show), and the form's error.
     */
    public record SchemaForm(String name, List<AttributeRow> rows, SchemaImpact impact, String error) {

        static SchemaForm of(CategoryDefinition category) {
            return new SchemaForm(category.name(), withEmptyAttributeRows(category.attributes().stream().map(AttributeRow::of).toList()), null, null);
        }

        /** The types a row can have, in the order the select offers them. */
        public List<String> types() {
            return TYPES;
        }
    }

    static final List<String> TYPES = List.of("number", "enum", "list", "boolean", "text");

    /** A label change with its product's title and handle for the editor link. */
    public record Shown(LabelChange change, String title, String handle) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance categories(String user, List<CategoryDefinition> categories, Map<String, Integer> versions, String error);

        static native TemplateInstance category(String user, CategoryDefinition category, ReasonRuleSet current,
                                                List<RuleRow> rows,
                                                String note, List<Shown> preview, boolean previewed, List<RuleVersion> history,
                                                List<Shown> changes, String notice, String error, SchemaForm schema);
    }

    private final SecurityIdentity identity;
    private final CategoryCatalog catalog;
    private final ProductCatalog products;
    private final Changes changes;

    AdminCategoriesPage(SecurityIdentity identity, CategoryCatalog catalog, ProductCatalog products, Changes changes) {
        this.identity = identity;
        this.catalog = catalog;
        this.products = products;
        this.changes = changes;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance categories() {
        List<CategoryDefinition> all = catalog.categories();
        Map<String, Integer> versions = new LinkedHashMap<>();
        all.forEach(c -> catalog.reasonRules(c.key()).ifPresent(r -> versions.put(c.key(), r.version())));
        return Templates.categories(Identities.name(identity), all, versions, null);
    }

    @GET
    @Path("/{key}")
    @Produces(MediaType.TEXT_HTML)
    public Response category(@PathParam("key") String key, @QueryParam("saved") Integer saved, @QueryParam("schema") Integer schemaVersion) {
        Optional<CategoryDefinition> category = catalog.category(key);
        if (category.isEmpty()) {
            return notFound(key);
        }
        ReasonRuleSet current = catalog.reasonRules(key).orElse(null);
        List<RuleRow> rows = ruleRows(category.get(), current);
        String notice = saved != null ? "Saved as version " + saved + ". Products were relabelled; the changes are below."
                : schemaVersion != null ? "The schema was saved as version " + schemaVersion + "." : null;
        return Response.ok(page(category.get(), current, withEmptyRows(rows), "", List.of(), false, notice, null, SchemaForm.of(category.get())),
                MediaType.TEXT_HTML_TYPE).build();
    }

    /**
     * Previews ({@code action=preview}) or saves ({@code action=save}) the rules written in the
     * form: a rule is a row with a code; a row without one is left out (that is how a rule is
     * removed). Any wrong row is shown under itself and nothing is saved.
     */
    @POST
    @Path("/{key}/rules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response rules(@PathParam("key") String key, @RestForm("code") List<String> codes, @RestForm("label") List<String> labels,
                          @RestForm("condition") List<String> conditions, @RestForm("note") String note, @RestForm("action") String action) {
        Optional<CategoryDefinition> found = catalog.category(key);
        if (found.isEmpty()) {
            return notFound(key);
        }
        CategoryDefinition category = found.get();
        ReasonRuleSet current = catalog.reasonRules(key).orElse(null);
        String kept = Pages.kept(note);
        List<RuleRow> rows = new ArrayList<>();
        List<ReasonRule> rules = new ArrayList<>();
        boolean wrong = false;
        for (int i = 0; i < codes.size(); i++) {
            String code = Pages.kept(codes.get(i));
            String label = i < labels.size() ? Pages.kept(labels.get(i)) : "";
            String condition = i < conditions.size() ? Pages.kept(conditions.get(i)) : "";
            if (code.isEmpty()) {
                if (!label.isEmpty() || !condition.isEmpty()) {
                    rows.add(new RuleRow(code, label, condition, "Give the rule a code (such as quiet), or clear the row to leave it out."));
                    wrong = true;
                }
                continue;
            }
            try {
                rules.add(RuleText.parse(new RuleText.Rule(code, label, RuleText.readLine(condition)), category.attributes()));
                rows.add(new RuleRow(code, label, condition, null));
            } catch (IllegalArgumentException e) {
                rows.add(new RuleRow(code, label, condition, e.getMessage()));
                wrong = true;
            }
        }
        String error = wrong ? "Nothing was saved: correct the rules marked below." : kept.length() > 500 ? "The note has "
                + kept.length() + " characters; at most 500. Nothing was saved." : null;
        if (error != null) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(category, current, withEmptyRows(rows), kept, List.of(), false, null, error, SchemaForm.of(category))).build();
        }
        try {
            if ("save".equals(action)) {
                Relabelling done = changes.record("put", "reason-rules", key, () -> catalog.reasonRules(key)
                                .map(r -> r.rules().stream().map(rule -> RuleText.format(rule, category.attributes(), false)).toList()),
                        () -> catalog.defineReasonRules(key, rules, Identities.name(identity), kept.isEmpty() ? null : kept));
                return Pages.seeOther("/admin/categories/" + key + "?saved=" + done.version());
            }
            List<Shown> preview = shown(catalog.previewReasonRules(key, rules));
            return Response.ok(page(category, current, withEmptyRows(rows), kept, preview, true, null, null, SchemaForm.of(category)),
                    MediaType.TEXT_HTML_TYPE).build();
        } catch (IllegalArgumentException e) { // a rule the schema's data cannot satisfy, found when labelling
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(category, current, withEmptyRows(rows), kept, List.of(), false, null, e.getMessage() + " Nothing was saved.",
                            SchemaForm.of(category))).build();
        }
    }

    /**
     * Previews ({@code action=preview}) or saves ({@code action=save}) the schema written in the
     * form: a row is an attribute; a row without a key is left out (that is how an attribute is
     * removed). A wrong row is shown under itself; a save the stored products or reason rules do
     * not fit is refused with what does not fit; nothing is saved in either case.
     */
    @POST
    @Path("/{key}/schema")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response schema(@PathParam("key") String key, @RestForm("name") String name, @RestForm("attr_key") List<String> keys,
                           @RestForm("attr_label") List<String> labels, @RestForm("attr_type") List<String> types,
                           @RestForm("attr_unit") List<String> units, @RestForm("attr_min") List<String> mins, @RestForm("attr_max") List<String> maxes,
                           @RestForm("attr_values") List<String> values, @RestForm("attr_required") List<String> required,
                           @RestForm("attr_was") List<String> was, @RestForm("action") String action) {
        Optional<CategoryDefinition> found = catalog.category(key);
        if (found.isEmpty()) {
            return notFound(key);
        }
        CategoryDefinition category = found.get();
        Map<String, AttributeDefinition> stored = category.attributes().stream()
                .collect(Collectors.toMap(AttributeDefinition::key, a -> a));
        List<AttributeRow> rows = new ArrayList<>();
        List<AttributeDefinition> attributes = new ArrayList<>();
        boolean wrong = false;
        for (int i = 0; i < keys.size(); i++) {
            AttributeRow row = new AttributeRow(Pages.kept(keys.get(i)), at(labels, i), at(types, i).isEmpty() ? "number" : at(types, i), at(units, i),
                    at(mins, i), at(maxes, i), at(values, i), required.contains(String.valueOf(i)), at(was, i), null);
            if (row.key().isEmpty()) { // a stored attribute whose key was cleared is removed
                if (row.was().isEmpty() && !row.blank()) {
                    rows.add(row.wrong("Give the attribute a key (such as noise), or clear the row to remove it."));
                    wrong = true;
                }
                continue;
            }
            try {
                attributes.add(row.toDefinition(stored.get(row.was())));
                rows.add(row);
            } catch (IllegalArgumentException e) {
                rows.add(row.wrong(e.getMessage()));
                wrong = true;
            }
        }
        CategoryDefinition proposed = null;
        String error = wrong ? "Nothing was saved: correct the attributes marked below." : null;
        if (error == null) {
            try {
                proposed = new CategoryDefinition(key, name, attributes, 0);
            } catch (IllegalArgumentException e) {
                error = "Nothing was saved: " + e.getMessage() + ".";
            }
        }
        if (error != null) {
            return schemaPage(422, category, new SchemaForm(Pages.kept(name), withEmptyAttributeRows(rows), null, error));
        }
        SchemaImpact impact = catalog.previewCategory(proposed);
        if (!"save".equals(action)) {
            return schemaPage(200, category, new SchemaForm(proposed.name(), withEmptyAttributeRows(rows), impact, null));
        }
        if (impact.blocked()) {
            return schemaPage(422, category, new SchemaForm(proposed.name(), withEmptyAttributeRows(rows), impact,
                    "Nothing was saved: the stored products or reason rules do not fit this schema (below)."));
        }
        CategoryDefinition definition = proposed;
        try {
            CategoryDocument savedSchema = changes.record("put", "category", key, () -> catalog.category(key).map(CategoryDocument::of),
                    () -> CategoryDocument.of(catalog.defineCategory(definition)));
            return Pages.seeOther("/admin/categories/" + key + "?schema=" + savedSchema.schemaVersion() + "#schema-heading");
        } catch (IllegalArgumentException e) { // the products changed between the check and the save
            return schemaPage(422, category, new SchemaForm(proposed.name(), withEmptyAttributeRows(rows), catalog.previewCategory(proposed),
                    e.getMessage() + " Nothing was saved."));
        }
    }

    private Response schemaPage(int status, CategoryDefinition category, SchemaForm form) {
        ReasonRuleSet current = catalog.reasonRules(category.key()).orElse(null);
        List<RuleRow> rows = ruleRows(category, current);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(page(category, current, withEmptyRows(rows), "", List.of(), false, null, null, form)).build();
    }

    /** The stored rules as the form's rows, conditions as lines in the display units. */
    private static List<RuleRow> ruleRows(CategoryDefinition category, ReasonRuleSet current) {
        List<RuleRow> rows = new ArrayList<>();
        if (current != null) {
            current.rules().forEach(rule -> {
                RuleText.Rule text = RuleText.format(rule, category.attributes(), false);
                rows.add(new RuleRow(text.code(), text.label(), RuleText.line(text.condition()), null));
            });
        }
        return rows;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? Pages.kept(values.get(i)) : "";
    }

    private TemplateInstance page(CategoryDefinition category, ReasonRuleSet current, List<RuleRow> rows, String note, List<Shown> preview,
                                  boolean previewed, String notice, String error, SchemaForm schema) {
        return Templates.category(Identities.name(identity), category, current, rows, note, preview, previewed,
                catalog.reasonRuleHistory(category.key()), shown(catalog.labelChanges(category.key(), CHANGES_SHOWN)), notice, error, schema);
    }

    private static List<AttributeRow> withEmptyAttributeRows(List<AttributeRow> rows) {
        List<AttributeRow> all = new ArrayList<>(rows);
        for (int i = 0; i < NEW_ROWS; i++) {
            all.add(AttributeRow.empty());
        }
        return all;
    }

    private List<Shown> shown(List<LabelChange> changes) {
        Map<UUID, Optional<ProductSummary>> byId = new HashMap<>();
        return changes.stream().map(c -> {
            Optional<ProductSummary> product = byId.computeIfAbsent(c.product(), products::product);
            return new Shown(c, product.map(ProductSummary::title).orElse(c.product().toString()), product.map(ProductSummary::handle).orElse(null));
        }).toList();
    }

    private static List<RuleRow> withEmptyRows(List<RuleRow> rows) {
        List<RuleRow> all = new ArrayList<>(rows);
        for (int i = 0; i < NEW_ROWS; i++) {
            all.add(new RuleRow("", "", "", null));
        }
        return all;
    }

    private Response notFound(String key) {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(Templates.categories(Identities.name(identity), catalog.categories(),
                Map.of(), "There is no category '" + key + "'.")).build();
    }
}
