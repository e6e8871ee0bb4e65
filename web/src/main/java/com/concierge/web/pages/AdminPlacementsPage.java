package com.concierge.web.pages;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.PlacementRules;
import com.concierge.assistant.api.Sponsorship;
import com.concierge.catalog.api.ProductCatalog;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.measurement.api.Measurement;
import com.concierge.measurement.api.SponsoredDelivery;
import com.concierge.web.api.AdminPlacementResource;
import com.concierge.web.api.Days;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Sponsored placements in the console (docs/console.md#sponsored-placements): the rules (how many
 * sponsored products a reply may add, and the earliest position one may take) and the sponsorships,
 * each with the label shoppers see, paused or ended here. Checked as the API checks them, errors
 * under their field, nothing saved until all are right. The assistant labels every sponsored card
 * and never lets one break the shopper's stated limits (docs/assistant.md).
 */
@Path("/admin/placements")
@RolesAllowed("merchandiser")
public class AdminPlacementsPage {

    /** What was written in a form, kept when it comes back with errors, by field name. */
    public record Written(Map<String, String> values, Map<String, String> errors) {

        static final Written NONE = new Written(Map.of(), Map.of());

        public String v(String name) {
            return values.getOrDefault(name, "");
        }

        public String e(String name) {
            return errors.get(name);
        }
    }

    /** A sponsorship as listed, with its product's handle for links and its impressions in the ledger's days. */
    public record Row(Sponsorship sponsorship, String handle, int impressions) {
    }

    /** A line of the ledger with the product's title and handle (an ended sponsorship's product may be gone: its id). */
    public record LedgerLine(SponsoredDelivery delivery, String title, String handle) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance placements(String user, PlacementRules rules, List<Row> rows, List<LedgerLine> ledger, int ledgerDays,
                                                  Written form, String notice);
    }

    private final SecurityIdentity identity;
    private final Assistant assistant;
    private final ProductCatalog catalog;
    private final Changes changes;
    private final Measurement measurement;

    AdminPlacementsPage(SecurityIdentity identity, Assistant assistant, ProductCatalog catalog, Changes changes, Measurement measurement) {
        this.identity = identity;
        this.assistant = assistant;
        this.catalog = catalog;
        this.changes = changes;
        this.measurement = measurement;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response placements(@QueryParam("done") String done) {
        String notice = done == null ? null : switch (done) {
            case "rules" -> "Saved the placement rules. Replies from now on follow them.";
            case "sponsored" -> "Saved the sponsorship.";
            case "ended" -> "Ended the sponsorship.";
            default -> null;
        };
        return Response.ok(page(Written.NONE, notice), MediaType.TEXT_HTML_TYPE).build();
    }

    @POST
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response rules(@RestForm("max_per_reply") String maxPerReply, @RestForm("earliest_position") String earliestPosition) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("max_per_reply", Pages.kept(maxPerReply), "earliest_position", Pages.kept(earliestPosition)));
        Map<String, String> errors = new LinkedHashMap<>();
        Integer max = whole(values.get("max_per_reply"));
        if (max == null || max < 0 || max > PlacementRules.MAX_PER_REPLY) {
            errors.put("max_per_reply", "Write a whole number from 0 (no sponsored products) to " + PlacementRules.MAX_PER_REPLY + ".");
        }
        Integer earliest = whole(values.get("earliest_position"));
        if (earliest == null || earliest < 1 || earliest > 20) {
            errors.put("earliest_position", "Write a whole number from 1 (first card) to 20.");
        }
        if (!errors.isEmpty()) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page(new Written(values, errors), null)).build();
        }
        changes.record("put", "placement-rules", "store", assistant::placements, () -> assistant.definePlacementRules(max, earliest));
        return Pages.seeOther("/admin/placements?done=rules");
    }

    @POST
    @Path("/sponsored")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response sponsor(@RestForm("product") String product, @RestForm("label") String label, @RestForm("active") String active) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("product", Pages.kept(product), "label", Pages.kept(label),
                "active", active == null ? "" : "on"));
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<UUID> id = catalog.productIdByHandle(values.get("product"));
        if (id.isEmpty()) {
            errors.put("product", "No product has the handle '" + values.get("product") + "'.");
        }
        if (values.get("label").isEmpty() || values.get("label").length() > Sponsorship.MAX_LABEL) {
            errors.put("label", "Write the label shoppers see next to the product, 1 to " + Sponsorship.MAX_LABEL
                    + " characters, such as \"Sponsored by Calma\".");
        }
        if (!errors.isEmpty()) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page(new Written(values, errors), null)).build();
        }
        UUID sponsored = id.get();
        changes.record("put", "sponsorship", sponsored.toString(), () -> sponsorship(sponsored),
                () -> assistant.sponsor(sponsored, values.get("label"), active != null, Identities.name(identity)));
        return Pages.seeOther("/admin/placements?done=sponsored");
    }

    @POST
    @Path("/sponsored/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response end(@RestForm("product") String product) {
        Optional<UUID> id = Pages.uuid(product);
        try {
            changes.record("delete", "sponsorship", id.map(UUID::toString).orElse(Pages.kept(product)),
                    () -> id.flatMap(this::sponsorship), () -> {
                        if (id.isEmpty() || !assistant.unsponsor(id.get())) {
                            throw new NoSuchElementException(Pages.kept(product));
                        }
                    });
        } catch (NoSuchElementException e) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(Written.NONE, "That product is not sponsored. Nothing was ended.")).build();
        }
        return Pages.seeOther("/admin/placements?done=ended");
    }

    private Optional<Sponsorship> sponsorship(UUID product) {
        return assistant.placements().sponsored().stream().filter(s -> s.product().equals(product)).findFirst();
    }

    private TemplateInstance page(Written form, String notice) {
        PlacementRules rules = assistant.placements();
        LocalDate today = Days.today();
        List<SponsoredDelivery> deliveries = measurement.sponsoredLedger(today.minusDays(AdminPlacementResource.LEDGER_DAYS - 1L), today);
        Map<UUID, Integer> impressions = new HashMap<>();
        deliveries.forEach(d -> impressions.merge(d.product(), d.impressions(), Integer::sum));
        Map<UUID, Optional<ProductSummary>> products = new HashMap<>();
        Function<UUID, Optional<ProductSummary>> product = id -> products.computeIfAbsent(id, catalog::product);
        List<Row> rows = rules.sponsored().stream().map(s -> new Row(s,
                product.apply(s.product()).map(ProductSummary::handle).orElse(s.product().toString()), impressions.getOrDefault(s.product(), 0))).toList();
        List<LedgerLine> ledger = deliveries.stream().map(d -> new LedgerLine(d,
                product.apply(d.product()).map(ProductSummary::title).orElse(d.product().toString()),
                product.apply(d.product()).map(ProductSummary::handle).orElse(null))).toList();
        Map<String, String> values = new LinkedHashMap<>(Map.of("max_per_reply", Integer.toString(rules.maxPerReply()),
                "earliest_position", Integer.toString(rules.earliestPosition()), "active", "on"));
        if (form.values().containsKey("max_per_reply")) { // the rules form came back: its own values
            values.putAll(form.values());
        } else if (form.values().containsKey("product")) { // the sponsor form came back: its values, the rules as they are
            values.put("active", "");
            values.putAll(form.values());
        }
        return Templates.placements(Identities.name(identity), rules, rows, ledger, AdminPlacementResource.LEDGER_DAYS,
                new Written(values, form.errors()), notice);
    }

    private static Integer whole(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
