package com.concierge.web.pages;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.policies.ItemPolicies;
import com.concierge.catalog.api.policies.Policies;
import com.concierge.catalog.api.policies.PolicyScope;
import com.concierge.catalog.api.policies.ReturnPolicy;
import com.concierge.catalog.api.policies.ShippingPolicy;
import com.concierge.catalog.api.policies.WarrantyPolicy;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Return, warranty and shipping policies in the console (docs/console.md#policies): each listed with
 * what it covers, added or replaced from a form per kind, removed; and a preview of what the
 * assistant and the product page answer for a sample product in a region, with the policy cited.
 * A field that is not right is shown under it (a category or product that does not exist, a
 * negative window) and nothing is saved.
 */
@Path("/admin/policies")
@RolesAllowed("merchandiser")
public class AdminPoliciesPage {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile("[A-Z]{2}");

    /** Each kind's fields, in the order of its form. */
    private static final Map<String, List<String>> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("returns", List.of("id", "categories", "regions", "products", "window_days", "unopened_only", "restocking_fee", "conditions"));
        FORMS.put("warranty", List.of("id", "categories", "regions", "products", "months", "coverage"));
        FORMS.put("shipping", List.of("id", "categories", "regions", "products", "ships", "min_days", "max_days", "restrictions"));
    }

    private static final Map<String, String> HEADINGS = Map.of("returns", "Add or replace a return policy",
            "warranty", "Add or replace a warranty", "shipping", "Add or replace a shipping policy");

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("id", "Id"),
            Map.entry("categories", "Categories (keys, comma-separated; none: all)"),
            Map.entry("regions", "Regions (country codes, comma-separated; none: everywhere)"),
            Map.entry("products", "Products (handles, comma-separated; none: all)"),
            Map.entry("window_days", "Return window in days after delivery (blank: final sale)"),
            Map.entry("unopened_only", "Unopened only"), Map.entry("restocking_fee", "Restocking fee, % of the price"),
            Map.entry("conditions", "Conditions, one per line"), Map.entry("months", "Months from delivery"),
            Map.entry("coverage", "What it covers"), Map.entry("ships", "Ships there"),
            Map.entry("min_days", "Earliest delivery, business days"), Map.entry("max_days", "Latest delivery, business days"),
            Map.entry("restrictions", "Restrictions, one per line"));

    /** One policy as listed: its kind, id, what it covers and its terms in words. */
    public record Row(String kind, String id, String scope, String terms) {
    }

    /** The preview's answers for a product in a region. */
    public record Preview(String handle, String title, String region, List<String> answers) {
    }

    /** One field of a policy form: its form name, label, input kind (text, textarea, checkbox), value and error. */
    public record Field(String id, String name, String label, String input, String value, String error) {
    }

    /** One kind's form: where it posts, its heading, its fields and how many are wrong. */
    public record KindForm(String kind, String heading, List<Field> fields, long wrong) {
    }

    /** The preview's product and region as written, and their errors. */
    public record PreviewForm(String product, String region, String productError, String regionError) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance policies(String user, List<Row> rows, PreviewForm previewForm, Preview preview, List<KindForm> forms,
                                                String notice);
    }

    private final SecurityIdentity identity;
    private final Catalog catalog;
    private final Changes changes;
    private final String storeRegion;

    AdminPoliciesPage(SecurityIdentity identity, Catalog catalog, Changes changes, @ConfigProperty(name = "cc.store.region") String storeRegion) {
        this.identity = identity;
        this.catalog = catalog;
        this.changes = changes;
        this.storeRegion = storeRegion;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response policies(@QueryParam("product") String product, @QueryParam("region") String region, @QueryParam("done") String done,
                             @QueryParam("id") String id) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        Preview preview = null;
        if (product != null && !product.isBlank()) {
            values.put("preview.product", product.strip());
            values.put("preview.region", region == null ? "" : region.strip());
            preview = preview(product.strip(), region, errors);
        }
        String notice = done == null ? null : switch (done) {
            case "saved" -> "Saved policy '" + id + "'. The assistant and product pages answer with it now.";
            case "removed" -> "Removed policy '" + id + "'.";
            default -> null;
        };
        int status = errors.isEmpty() ? 200 : 400;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page(values, errors, preview, notice)).build();
    }

    @POST
    @Path("/{kind}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("kind") String kind, MultivaluedMap<String, String> form) {
        if (!Set.of("returns", "warranty", "shipping").contains(kind)) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(page(Map.of(), Map.of(), null,
                    "There is no kind of policy '" + kind + "'. Nothing was saved.")).build();
        }
        Map<String, String> values = new HashMap<>();
        form.forEach((name, list) -> values.put(kind + "." + name, list.isEmpty() || list.get(0) == null ? "" : list.get(0).strip()));
        Map<String, String> errors = new LinkedHashMap<>();
        Fields fields = new Fields(kind, values, errors);
        String id = fields.id();
        PolicyScope scope = fields.scope();
        Object policy = switch (kind) {
            case "returns" -> {
                Integer window = fields.blank("window_days") ? null : fields.whole("window_days", 0, 3650);
                int fee = fields.blank("restocking_fee") ? 0 : fields.whole("restocking_fee", 0, 100);
                yield errors.isEmpty() ? new ReturnPolicy(id, scope, window, fields.checked("unopened_only"), fee, fields.lines("conditions"))
                        : null;
            }
            case "warranty" -> {
                int months = fields.whole("months", 0, 1200);
                String coverage = fields.text("coverage", 2000);
                yield errors.isEmpty() ? new WarrantyPolicy(id, scope, months, coverage) : null;
            }
            default -> {
                boolean ships = fields.checked("ships");
                int min = ships ? fields.whole("min_days", 0, 365) : 0;
                int max = ships ? fields.whole("max_days", 0, 365) : 0;
                if (ships && errors.isEmpty() && max < min) {
                    errors.put(kind + ".max_days", "The latest day must not be before the earliest (" + min + ").");
                }
                yield errors.isEmpty() ? new ShippingPolicy(id, scope, ships, min, max, fields.lines("restrictions")) : null;
            }
        };
        if (policy != null) {
            try {
                changes.record("put", policyKind(policy), id, () -> find(id), () -> put(policy));
                return Pages.seeOther("/admin/policies?done=saved&id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                errors.put(kind + ".id", Pages.capitalised(e.getMessage()) + ".");
            }
        }
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page(values, errors, null, null)).build();
    }

    @POST
    @Path("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response remove(@org.jboss.resteasy.reactive.RestForm("id") String id) {
        String shown = id == null ? "" : id.strip();
        try {
            changes.record("delete", "policy", shown, () -> find(shown), () -> {
                if (shown.isEmpty() || !catalog.deletePolicy(shown)) {
                    throw new NoSuchElementException(shown);
                }
            });
        } catch (NoSuchElementException e) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(Map.of(), Map.of(), null, "There is no policy '" + shown + "'. Nothing was removed.")).build();
        }
        return Pages.seeOther("/admin/policies?done=removed&id=" + URLEncoder.encode(shown, StandardCharsets.UTF_8));
    }

    private void put(Object policy) {
        switch (policy) {
            case ReturnPolicy p -> catalog.putPolicy(p);
            case WarrantyPolicy p -> catalog.putPolicy(p);
            case ShippingPolicy p -> catalog.putPolicy(p);
            default -> throw new IllegalStateException("not a policy: " + policy);
        }
    }

    private static String policyKind(Object policy) {
        return policy instanceof ReturnPolicy ? "return-policy" : policy instanceof WarrantyPolicy ? "warranty-policy" : "shipping-policy";
    }

    private Optional<Object> find(String id) {
        Policies all = catalog.policies();
        return Stream.of(all.returns().stream().filter(p -> p.id().equals(id)), all.warranties().stream().filter(p -> p.id().equals(id)),
                all.shipping().stream().filter(p -> p.id().equals(id))).flatMap(s -> s.map(Object.class::cast)).findFirst();
    }

    private Preview preview(String handle, String region, Map<String, String> errors) {
        String code = region == null || region.isBlank() ? storeRegion : region.strip().toUpperCase(Locale.ROOT);
        if (!REGION.matcher(code).matches()) {
            errors.put("preview.region", "A region is a two-letter country code, such as US or GB.");
            return null;
        }
        Optional<UUID> product = catalog.productIdByHandle(handle);
        if (product.isEmpty()) {
            errors.put("preview.product", "No product has the handle '" + handle + "'.");
            return null;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ItemPolicies answers = catalog.policiesFor(product.get(), code, today, false, today);
        String title = catalog.product(product.get()).map(p -> p.title()).orElse(handle);
        return new Preview(handle, title, code, Stream.of(answers.returns(), answers.warranty(), answers.shipping())
                .map(a -> a.why()).toList());
    }

    private TemplateInstance page(Map<String, String> values, Map<String, String> errors, Preview preview, String notice) {
        Policies all = catalog.policies();
        List<Row> rows = new java.util.ArrayList<>();
        all.returns().forEach(p -> rows.add(new Row("Returns", p.id(), p.scope().describe(), p.windowDays() == null ? "final sale"
                : p.windowDays() + " days after delivery" + (p.unopenedOnly() ? ", unopened only" : "")
                + (p.restockingFeePercent() > 0 ? ", " + p.restockingFeePercent() + "% restocking fee" : "")
                + (p.conditions().isEmpty() ? "" : "; " + String.join("; ", p.conditions())))));
        all.warranties().forEach(p -> rows.add(new Row("Warranty", p.id(), p.scope().describe(), p.months() + " months"
                + (p.coverage().isEmpty() ? "" : ": " + p.coverage()))));
        all.shipping().forEach(p -> rows.add(new Row("Shipping", p.id(), p.scope().describe(), p.ships()
                ? p.minDays() + "–" + p.maxDays() + " business days" + (p.restrictions().isEmpty() ? "" : "; " + String.join("; ", p.restrictions()))
                : "does not ship")));
        PreviewForm previewForm = new PreviewForm(values.getOrDefault("preview.product", ""), values.getOrDefault("preview.region", ""),
                errors.get("preview.product"), errors.get("preview.region"));
        List<KindForm> forms = FORMS.entrySet().stream().map(kind -> new KindForm(kind.getKey(), HEADINGS.get(kind.getKey()),
                kind.getValue().stream().map(f -> field(kind.getKey(), f, values, errors)).toList(),
                errors.keySet().stream().filter(k -> k.startsWith(kind.getKey() + ".")).count())).toList();
        return Templates.policies(Identities.name(identity), rows, previewForm, preview, forms, notice);
    }

    private static Field field(String kind, String name, Map<String, String> values, Map<String, String> errors) {
        String key = kind + "." + name;
        String input = switch (name) {
            case "conditions", "restrictions", "coverage" -> "textarea";
            case "unopened_only", "ships" -> "checkbox";
            default -> "text";
        };
        boolean written = values.keySet().stream().anyMatch(k -> k.startsWith(kind + "."));
        String value = values.getOrDefault(key, name.equals("ships") && !written ? "on" : "");
        return new Field(kind + "-" + name, name, LABELS.get(name), input, value, errors.get(key));
    }


    /** One form's fields read and checked, each error kept under its field's name. */
    private final class Fields {
        private final String kind;
        private final Map<String, String> values;
        private final Map<String, String> errors;

        Fields(String kind, Map<String, String> values, Map<String, String> errors) {
            this.kind = kind;
            this.values = values;
            this.errors = errors;
        }

        String value(String name) {
            return values.getOrDefault(kind + "." + name, "");
        }

        boolean blank(String name) {
            return value(name).isEmpty();
        }

        boolean checked(String name) {
            return "on".equals(value(name));
        }

        String id() {
            String id = value("id");
            if (!ID.matcher(id).matches()) {
                errors.put(kind + ".id", "Write an id of lower-case letters, digits and '-', such as store-30.");
            }
            return id;
        }

        int whole(String name, int min, int max) {
            try {
                int number = Integer.parseInt(value(name));
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // the message below
            }
            errors.put(kind + "." + name, "Write a whole number from " + min + " to " + max + ".");
            return min;
        }

        String text(String name, int max) {
            String text = value(name);
            if (text.length() > max) {
                errors.put(kind + "." + name, "At most " + max + " characters; this has " + text.length() + ".");
            }
            return text;
        }

        List<String> lines(String name) {
            List<String> lines = Arrays.stream(value(name).split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.size() > 20 || lines.stream().anyMatch(l -> l.length() > 300)) {
                errors.put(kind + "." + name, "At most 20 lines of at most 300 characters each.");
            }
            return lines;
        }

        PolicyScope scope() {
            Set<String> known = catalog.categories().stream().map(CategoryDefinition::key).collect(Collectors.toSet());
            Set<String> categories = list("categories");
            categories.stream().filter(c -> !known.contains(c)).findFirst()
                    .ifPresent(c -> errors.put(kind + ".categories", "There is no category '" + c + "'."));
            Set<String> regions = list("regions").stream().map(r -> r.toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
            regions.stream().filter(r -> !REGION.matcher(r).matches()).findFirst()
                    .ifPresent(r -> errors.put(kind + ".regions", "'" + r + "' is not a two-letter country code such as US or GB."));
            Set<UUID> products = new LinkedHashSet<>();
            for (String handle : list("products")) {
                Optional<UUID> product = catalog.productIdByHandle(handle);
                if (product.isEmpty()) {
                    errors.put(kind + ".products", "No product has the handle '" + handle + "'.");
                    break;
                }
                products.add(product.get());
            }
            return new PolicyScope(products, categories, regions);
        }

        private Set<String> list(String name) {
            return Arrays.stream(value(name).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }
}
