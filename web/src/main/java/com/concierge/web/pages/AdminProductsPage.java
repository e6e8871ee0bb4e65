package com.concierge.web.pages;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.Readiness;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.imports.ImportProgress;
import com.concierge.catalog.api.imports.ImportReport;
import com.concierge.catalog.api.imports.RowProblem;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.catalog.api.search.SortOrder;
import com.concierge.kernel.Money;
import com.concierge.kernel.files.FileFormat;
import com.concierge.reviews.api.Reviews;
import com.concierge.reviews.api.moderation.Flag;
import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Products in the console (docs/console.md#products): a list with words, category, stock and
 * open-flag filters, sorting and paging; and an editor with the category's typed attributes, the
 * product's texts and each variant's price and stock. A save goes through the catalog importer as a
 * one-product file, so the editor checks exactly what an import and the API check (units, ranges,
 * allowed values); a value that is not right is shown under its field and nothing is saved.
 */
@Path("/admin/products")
@RolesAllowed("merchandiser")
public class AdminProductsPage {

    static final int PAGE = 20;
    private static final Map<String, SortOrder> SORTS = Map.of("relevance", SortOrder.RELEVANCE, "price_asc", SortOrder.PRICE_ASC,
            "price_desc", SortOrder.PRICE_DESC, "rating", SortOrder.RATING, "newest", SortOrder.NEWEST);

    /** The list's filters as written, kept in its form. */
    public record Filters(String q, String category, boolean inStock, boolean flagged, String sort) {

        String query(int page) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("q", q);
            parameters.put("category", category);
            parameters.put("in_stock", inStock ? "on" : "");
            parameters.put("flagged", flagged ? "on" : "");
            parameters.put("sort", sort.equals("relevance") ? "" : sort);
            parameters.put("page", page == 0 ? "" : Integer.toString(page + 1));
            return parameters.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&", "?", ""));
        }
    }

    /** One row of the list. */
    public record Row(String handle, String title, String brand, String category, Money price, boolean inStock, int readiness,
                      int openFlags) {
    }

    /** Where the list is and the links to its neighbours (null where there is none). */
    public record Paging(long total, int first, int last, String previous, String next) {
    }

    /** One field of the editor: its form name, label, kind of input, value, allowed values, hint and error. */
    public record Field(String name, String label, String input, String value, List<String> options, String hint, boolean required,
                        String error) {
    }

    /** A variant's row in the editor: price and stock are editable, the SKU and options are what identify it. */
    public record VariantRow(String sku, String options, String price, String currency, String stock, String priceError,
                             String stockError) {
    }

    /** What the assistant reads of the product: its reason codes with why, and what its readiness misses. */
    public record AssistantView(List<String> reasons, int readiness, List<String> gaps) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance products(String user, Filters filters, List<CategoryDefinition> categories, List<Row> rows,
                                                Paging paging, String error);

        static native TemplateInstance editor(String user, String handle, String title, String category, List<Field> fields,
                                              List<Field> attributes, List<VariantRow> variants, AssistantView assistant, int problems,
                                              List<String> otherProblems, String notice);
    }

    private final SecurityIdentity identity;
    private final Catalog catalog;
    private final Reviews reviews;
    private final Changes changes;
    private final ObjectMapper json;
    private final String region;

    AdminProductsPage(SecurityIdentity identity, Catalog catalog, Reviews reviews, Changes changes, ObjectMapper json,
                      @ConfigProperty(name = "cc.store.region") String region) {
        this.identity = identity;
        this.catalog = catalog;
        this.reviews = reviews;
        this.changes = changes;
        this.json = json;
        this.region = region;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("q") String q, @QueryParam("category") String category, @QueryParam("in_stock") String inStock,
                         @QueryParam("flagged") String flagged, @QueryParam("sort") @DefaultValue("relevance") String sort,
                         @QueryParam("page") @DefaultValue("1") String page) {
        Filters filters = new Filters(kept(q), kept(category), "on".equals(inStock), "on".equals(flagged), kept(sort).isEmpty() ? "relevance" : kept(sort));
        List<CategoryDefinition> categories = catalog.categories();
        String error = null;
        int pageIndex = 0;
        try {
            pageIndex = Integer.parseInt(page.strip()) - 1;
        } catch (NumberFormatException e) {
            error = "Page must be a whole number.";
        }
        if (error == null && (pageIndex < 0 || pageIndex > SearchQuery.MAX_PAGE)) {
            error = "Page must be between 1 and " + (SearchQuery.MAX_PAGE + 1) + ".";
        }
        if (error == null && !SORTS.containsKey(filters.sort())) {
            error = "Sort by relevance, price_asc, price_desc, rating or newest.";
        }
        if (error == null && !filters.category().isEmpty() && categories.stream().noneMatch(c -> c.key().equals(filters.category()))) {
            error = "There is no category '" + filters.category() + "'.";
        }
        if (error != null) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.products(Identities.name(identity), filters,
                    categories, List.of(), new Paging(0, 0, 0, null, null), error + " Showing nothing until the filters are right.")).build();
        }
        List<Row> rows;
        long total;
        if (filters.flagged()) {
            List<Row> flaggedRows = flaggedRows(filters);
            total = flaggedRows.size();
            rows = flaggedRows.stream().skip((long) pageIndex * PAGE).limit(PAGE).toList();
        } else {
            SearchResults results = catalog.search(new SearchQuery(filters.q(), filters.category().isEmpty() ? null : filters.category(),
                    Set.of(), null, null, null, filters.inStock(), Set.of(), Map.of(), SORTS.get(filters.sort()), pageIndex, PAGE, false));
            total = results.total();
            rows = results.hits().stream().map(this::row).toList();
        }
        int first = pageIndex * PAGE;
        Paging paging = new Paging(total, rows.isEmpty() ? 0 : first + 1, first + rows.size(),
                pageIndex == 0 ? null : filters.query(pageIndex - 1),
                first + rows.size() < total && pageIndex < SearchQuery.MAX_PAGE ? filters.query(pageIndex + 1) : null);
        return Response.ok(Templates.products(Identities.name(identity), filters, categories, rows, paging, null), MediaType.TEXT_HTML_TYPE)
                .build();
    }

    /** Products with open review flags, most flags first, narrowed by the other filters. */
    private List<Row> flaggedRows(Filters filters) {
        Map<UUID, Long> counts = reviews.flags(Flag.Status.OPEN, null, 500).stream()
                .collect(Collectors.groupingBy(Flag::product, LinkedHashMap::new, Collectors.counting()));
        String words = filters.q().toLowerCase(Locale.ROOT);
        return counts.keySet().stream().map(catalog::product).flatMap(Optional::stream)
                .filter(p -> filters.category().isEmpty() || p.category().equals(filters.category()))
                .filter(p -> !filters.inStock() || p.inStock())
                .filter(p -> words.isEmpty() || (p.title() + " " + p.handle() + " " + p.brand()).toLowerCase(Locale.ROOT).contains(words))
                .sorted((a, b) -> Long.compare(counts.get(b.id()), counts.get(a.id())))
                .map(this::row).toList();
    }

    private Row row(ProductSummary product) {
        int readiness = catalog.readinessOf(product.id(), region).map(Readiness::score).orElse(0);
        int flags = reviews.flags(Flag.Status.OPEN, product.id(), 100).size();
        return new Row(product.handle(), product.title(), product.brand(), product.category(), product.price(),
                product.inStock(), readiness, flags);
    }

    /**
     * Archives or restores a product by its handle, from the form on /admin (docs/catalog.md#archiving);
     * the same as {@code POST /api/admin/products/{id}/archive} and {@code /restore}. Here rather than
     * on AdminPage: this class holds /admin/products/{handle}, which would otherwise take "archive" for
     * a handle.
     */
    @POST
    @Path("/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response archive(@org.jboss.resteasy.reactive.RestForm("handle") String handle,
                            @org.jboss.resteasy.reactive.RestForm("action") String action) {
        boolean restore = "restore".equals(action);
        Optional<UUID> product = catalog.productIdByHandle(handle == null ? "" : handle.strip());
        if (product.isEmpty()) {
            return notFound(handle == null ? "" : handle.strip(), " Nothing was changed.");
        }
        UUID id = product.get();
        changes.record(restore ? "restore" : "archive", "product", id.toString(), () -> catalog.product(id),
                () -> restore ? catalog.restore(id) : catalog.archive(id));
        return Pages.seeOther("/admin?done=" + (restore ? "restored" : "archived"));
    }

    @GET
    @Path("/{handle}")
    @Produces(MediaType.TEXT_HTML)
    public Response editor(@PathParam("handle") String handle, @QueryParam("done") String done) {
        Optional<ProductDetails> product = catalog.detailsByHandle(handle);
        if (product.isEmpty()) {
            return notFound(handle, "");
        }
        Form form = Form.of(product.get());
        return Response.ok(page(product.get(), form, Map.of(), "saved".equals(done) ? "Saved. The product page, search and the "
                + "assistant show the change now; reason codes were recomputed for the category." : null), MediaType.TEXT_HTML_TYPE).build();
    }

    @POST
    @Path("/{handle}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("handle") String handle, MultivaluedMap<String, String> fields) {
        Optional<ProductDetails> found = catalog.detailsByHandle(handle);
        if (found.isEmpty()) {
            return notFound(handle, "");
        }
        ProductDetails product = found.get();
        Form form = Form.of(product).with(fields);
        Map<String, String> errors = new LinkedHashMap<>(form.checkVariants(product));
        if (errors.isEmpty()) {
            try {
                changes.record("edit", "product", product.id().toString(), () -> catalog.details(product.id()), () -> {
                    ImportReport report = catalog.importProducts(FileFormat.JSON, new StringReader(rows(product, form)), ImportProgress.NONE);
                    if (!report.problems().isEmpty()) {
                        throw new Refused(report.problems());
                    }
                });
                return Pages.seeOther("/admin/products/" + URLEncoder.encode(product.handle(), StandardCharsets.UTF_8) + "?done=saved");
            } catch (Refused refused) {
                for (RowProblem problem : refused.problems) {
                    if (!"product".equals(problem.field())) { // "the first row of product x was refused": the others say why
                        errors.putIfAbsent(fieldOf(problem.field()), Pages.capitalised(problem.message()) + ".");
                    }
                }
            }
        }
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page(product, form, errors, null)).build();
    }

    /** The import's problems: nothing was stored (a product's rows are refused together). */
    private static final class Refused extends RuntimeException {
        final transient List<RowProblem> problems;

        Refused(List<RowProblem> problems) {
            super(problems.size() + " problems", null, false, false);
            this.problems = problems;
        }
    }

    /** The editor's form name for an import column ("noise" is the attribute field "attr.noise"). */
    private static String fieldOf(String column) {
        if (column == null) {
            return "form";
        }
        return switch (column) {
            case "title", "brand", "description", "bullets", "who_for", "who_not_for", "boundaries" -> column;
            default -> "attr." + column;
        };
    }

    /** The product as an import file: one JSON row per variant, each stating the whole product as edited. */
    private String rows(ProductDetails product, Form form) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        form.attributes().forEach((key, value) -> attributes.put(key, value.isBlank() ? null : value));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProductDetails.Variant variant : product.variants()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("product", product.handle());
            row.put("sku", variant.sku());
            row.put("category", product.category());
            row.put("title", form.title());
            row.put("brand", form.brand());
            row.put("description", form.description().isBlank() ? null : form.description());
            row.put("price", form.prices().get(variant.sku()));
            row.put("currency", variant.price().currency().getCurrencyCode());
            row.put("stock", form.stocks().get(variant.sku()));
            row.put("options", variant.options());
            row.put("bullets", lines(form.bullets()));
            row.put("images", product.images());
            row.put("who_for", form.whoFor().isBlank() ? null : form.whoFor());
            row.put("who_not_for", form.whoNotFor().isBlank() ? null : form.whoNotFor());
            row.put("boundaries", lines(form.boundaries()));
            if (product.rating() != null) {
                row.put("rating", product.rating().toPlainString());
                row.put("review_count", product.reviewCount());
            }
            row.put("attributes", attributes);
            rows.add(row);
        }
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private TemplateInstance page(ProductDetails product, Form form, Map<String, String> errors, String notice) {
        List<Field> fields = List.of(
                new Field("title", "Title", "text", form.title(), List.of(), "At most 300 characters.", true, errors.get("title")),
                new Field("brand", "Brand", "text", form.brand(), List.of(), "At most 120 characters.", true, errors.get("brand")),
                new Field("description", "Description", "textarea", form.description(), List.of(), "At most 10,000 characters.", false,
                        errors.get("description")),
                new Field("bullets", "Selling points", "textarea", form.bullets(), List.of(), "One per line.", false, errors.get("bullets")),
                new Field("who_for", "Who it suits", "textarea", form.whoFor(), List.of(), "At most 1,000 characters.", false,
                        errors.get("who_for")),
                new Field("who_not_for", "Who should pick something else", "textarea", form.whoNotFor(), List.of(),
                        "At most 1,000 characters.", false, errors.get("who_not_for")),
                new Field("boundaries", "What it does not do", "textarea", form.boundaries(), List.of(),
                        "One per line, e.g. \"not dishwasher safe\".", false, errors.get("boundaries")));
        CategoryDefinition category = catalog.category(product.category()).orElseThrow();
        List<Field> attributes = category.attributes().stream().map(a -> attributeField(a, form.attributes().getOrDefault(a.key(), ""),
                errors.get("attr." + a.key()))).toList();
        List<VariantRow> variants = product.variants().stream().map(v -> new VariantRow(v.sku(),
                v.options().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")),
                form.prices().get(v.sku()), v.price().currency().getCurrencyCode(), form.stocks().get(v.sku()),
                errors.get("price." + v.sku()), errors.get("stock." + v.sku()))).toList();
        Readiness readiness = catalog.readinessOf(product.id(), region).orElse(null);
        AssistantView assistant = new AssistantView(product.reasonCodes().stream().map(r -> r.label() + ": " + r.because()).toList(),
                readiness == null ? 0 : readiness.score(), readiness == null ? List.of() : readiness.gaps());
        // a problem with something the form does not show (images, options) is said above the form, never lost
        java.util.Set<String> shown = new java.util.HashSet<>();
        fields.forEach(f -> shown.add(f.name()));
        attributes.forEach(f -> shown.add(f.name()));
        variants.forEach(v -> {
            shown.add("price." + v.sku());
            shown.add("stock." + v.sku());
        });
        List<String> otherProblems = errors.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                .map(e -> e.getKey().replaceFirst("^attr\\.", "") + ": " + e.getValue()).toList();
        return Templates.editor(Identities.name(identity), product.handle(), product.title(), category.name(), fields, attributes, variants,
                assistant, errors.size(), otherProblems, notice);
    }

    private static Field attributeField(AttributeDefinition attribute, String value, String error) {
        return switch (attribute.type()) {
            case ENUM -> new Field("attr." + attribute.key(), attribute.label(), "select", value,
                    attribute.allowedValues().stream().sorted().toList(), null, attribute.required(), error);
            case BOOLEAN -> new Field("attr." + attribute.key(), attribute.label(), "select", value, List.of("yes", "no"), null,
                    attribute.required(), error);
            case LIST -> new Field("attr." + attribute.key(), attribute.label(), "text", value, List.of(),
                    "Any of " + attribute.allowedValues().stream().sorted().collect(Collectors.joining(", ")) + "; separate them with |.",
                    attribute.required(), error);
            case NUMBER -> new Field("attr." + attribute.key(), attribute.label(), "text", value, List.of(), numberHint(attribute),
                    attribute.required(), error);
            case TEXT -> new Field("attr." + attribute.key(), attribute.label(), "text", value, List.of(), null, attribute.required(), error);
        };
    }

    /** "A number with its unit, e.g. "12 L", 0.3 to 3 L.": the schema's range (kept in the canonical unit) in the display unit. */
    private static String numberHint(AttributeDefinition attribute) {
        com.concierge.catalog.api.attributes.Unit unit = attribute.displayUnit();
        StringBuilder hint = new StringBuilder(unit == null ? "A number" : "A number with its unit, e.g. \"12 " + unit.symbol() + "\"");
        if (attribute.min() != null || attribute.max() != null) {
            String min = shown(attribute.min(), unit);
            String max = shown(attribute.max(), unit);
            hint.append(", ").append(min == null ? "up to " + max : max == null ? "from " + min : min + " to " + max);
            if (unit != null) {
                hint.append(' ').append(unit.symbol());
            }
        }
        return hint.append('.').toString();
    }

    private static String shown(java.math.BigDecimal canonical, com.concierge.catalog.api.attributes.Unit unit) {
        if (canonical == null) {
            return null;
        }
        java.math.BigDecimal value = unit == null ? canonical : unit.fromCanonical(canonical);
        return value.round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private Response notFound(String handle, String more) {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(Templates.products(Identities.name(identity),
                new Filters("", "", false, false, "relevance"), catalog.categories(), List.of(), new Paging(0, 0, 0, null, null),
                "No product has the handle '" + handle + "'." + more)).build();
    }

    private static String kept(String value) {
        return value == null ? "" : value.strip();
    }


    /** The editor's values: as stored, then as sent. */
    record Form(String title, String brand, String description, String bullets, String whoFor, String whoNotFor, String boundaries,
                Map<String, String> attributes, Map<String, String> prices, Map<String, String> stocks) {

        static Form of(ProductDetails product) {
            Map<String, String> attributes = new LinkedHashMap<>();
            product.attributes().forEach(a -> attributes.put(a.key(), cell(a)));
            Map<String, String> prices = new LinkedHashMap<>();
            Map<String, String> stocks = new LinkedHashMap<>();
            product.variants().forEach(v -> {
                prices.put(v.sku(), v.price().amount().toPlainString());
                stocks.put(v.sku(), Integer.toString(v.stock()));
            });
            return new Form(product.title(), product.brand(), orEmpty(product.description()), String.join("\n", product.bullets()),
                    orEmpty(product.whoFor()), orEmpty(product.whoNotFor()), String.join("\n", product.boundaries()), attributes, prices, stocks);
        }

        /** What the merchandiser sent, over what is stored; a field not sent keeps its stored value. */
        Form with(MultivaluedMap<String, String> sent) {
            Map<String, String> attributes = new LinkedHashMap<>(this.attributes);
            Map<String, String> prices = new LinkedHashMap<>(this.prices);
            Map<String, String> stocks = new LinkedHashMap<>(this.stocks);
            sent.forEach((name, values) -> {
                String value = values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
                if (name.startsWith("attr.")) {
                    attributes.put(name.substring(5), value);
                } else if (name.startsWith("price.") && prices.containsKey(name.substring(6))) {
                    prices.put(name.substring(6), value);
                } else if (name.startsWith("stock.") && stocks.containsKey(name.substring(6))) {
                    stocks.put(name.substring(6), value);
                }
            });
            return new Form(sent(sent, "title", title), sent(sent, "brand", brand), sent(sent, "description", description),
                    sent(sent, "bullets", bullets), sent(sent, "who_for", whoFor), sent(sent, "who_not_for", whoNotFor),
                    sent(sent, "boundaries", boundaries), attributes, prices, stocks);
        }

        /** Prices and stock checked as the importer checks them, before anything is stored (a refused variant row is not the whole product). */
        Map<String, String> checkVariants(ProductDetails product) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (ProductDetails.Variant variant : product.variants()) {
                try {
                    Money.parse(prices.get(variant.sku()), variant.price().currency().getCurrencyCode());
                } catch (IllegalArgumentException e) {
                    errors.put("price." + variant.sku(), Pages.capitalised(e.getMessage()) + ".");
                }
                try {
                    long stock = Long.parseLong(stocks.get(variant.sku()));
                    if (stock < 0 || stock > 1_000_000_000L) {
                        errors.put("stock." + variant.sku(), "Stock is a whole number from 0 to 1,000,000,000.");
                    }
                } catch (NumberFormatException e) {
                    errors.put("stock." + variant.sku(), "Stock is a whole number from 0 to 1,000,000,000.");
                }
            }
            return errors;
        }

        private static String sent(MultivaluedMap<String, String> sent, String name, String stored) {
            String value = sent.getFirst(name);
            return value == null ? stored : value.strip();
        }

        private static String cell(ProductDetails.Attribute attribute) {
            return switch (attribute.type()) {
                case BOOLEAN -> Boolean.TRUE.equals(attribute.value()) ? "yes" : "no";
                case LIST -> attribute.value() instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining(" | "))
                        : String.valueOf(attribute.value());
                case NUMBER -> attribute.source() != null ? attribute.source() : attribute.display();
                default -> String.valueOf(attribute.value());
            };
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }
}
