package com.concierge.web.pages;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.Readiness;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.compatibility.LinkEnd;
import com.concierge.catalog.api.compatibility.Relation;
import com.concierge.catalog.api.imports.ImportProgress;
import com.concierge.catalog.api.imports.ImportReport;
import com.concierge.catalog.api.imports.RowProblem;
import com.concierge.catalog.api.qa.AnswerSource;
import com.concierge.catalog.api.qa.NewQaEntry;
import com.concierge.catalog.api.qa.QaEntry;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.catalog.api.search.SortOrder;
import com.concierge.kernel.Money;
import com.concierge.kernel.files.FileFormat;
import com.concierge.reviews.api.Reviews;
import com.concierge.reviews.api.moderation.Flag;
import com.concierge.web.api.SchemaOrg;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.jboss.resteasy.reactive.RestForm;

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
    /** How many of the least ready products the readiness filter looks through. */
    static final int READINESS_SCANNED = 1000;
    /** Handles suggested while the link form's other product is typed. */
    static final int SUGGESTIONS = 8;
    private static final Map<String, SortOrder> SORTS = Map.of("relevance", SortOrder.RELEVANCE, "price_asc", SortOrder.PRICE_ASC,
            "price_desc", SortOrder.PRICE_DESC, "rating", SortOrder.RATING, "newest", SortOrder.NEWEST);

    /** The list's filters as the form sent them; {@code readiness} is "at most this score", as written ("" for any). */
    public record Filters(String q, String category, boolean inStock, boolean flagged, String readiness, String sort) {

        String query(int page) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("q", q);
            parameters.put("category", category);
            parameters.put("in_stock", inStock ? "on" : "");
            parameters.put("flagged", flagged ? "on" : "");
            parameters.put("readiness", readiness);
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

    /** The editor's row for a new variant: what was written and what is wrong with it. */
    public record AddRow(String sku, String options, String price, String currency, String stock, String skuError, String optionsError,
                         String priceError, String stockError) {
    }

    /** A compatibility edge as the editor lists it, with what its remove form sends. */
    public record LinkRow(CompatibilityLink link, String otherHandle, String from, String relation, String to, String fromVariant,
                          String toVariant) {
    }

    /**
     * The editor's sections beside the main form: the product's Q&A and compatibility edges, its
     * JSON-LD, and what the Q&A or link form held when it came back with errors (by field name).
     */
    public record Extras(List<QaEntry> qa, List<LinkRow> links, String jsonLd, Map<String, String> values, Map<String, String> errors) {

        public String v(String name) {
            return values.getOrDefault(name, "");
        }

        public String e(String name) {
            return errors.get(name);
        }
    }

    /** What the assistant reads of the product: its reason codes with why, and what its readiness misses. */
    public record AssistantView(List<String> reasons, int readiness, List<String> gaps) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance products(String user, Filters filters, List<CategoryDefinition> categories, List<Row> rows,
                                                Paging paging, String error);

        static native TemplateInstance editor(String user, String handle, String title, String category, List<Field> fields,
                                              List<Field> attributes, List<VariantRow> variants, AddRow added, AssistantView assistant,
                                              int problems, List<String> otherProblems, String notice, Extras extras, List<Relation> relations);

        static native TemplateInstance handles(List<ProductSummary> hits);
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
                         @QueryParam("flagged") String flagged, @QueryParam("readiness") String readiness,
                         @QueryParam("sort") @DefaultValue("relevance") String sort,
                         @QueryParam("page") @DefaultValue("1") String page) {
        String order = Pages.kept(sort).isEmpty() ? "relevance" : Pages.kept(sort);
        Filters filters = new Filters(Pages.kept(q), Pages.kept(category), "on".equals(inStock), "on".equals(flagged), Pages.kept(readiness), order);
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
        Integer atMost = null;
        if (error == null && !filters.readiness().isEmpty()) {
            try {
                atMost = Integer.parseInt(filters.readiness());
            } catch (NumberFormatException e) {
                atMost = -1;
            }
            if (atMost < 0 || atMost > 100) {
                error = "Readiness is a score from 0 to 100.";
            }
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
        if (atMost != null) {
            List<Readiness> leastReady = leastReady(filters, atMost);
            total = leastReady.size();
            rows = leastReady.stream().skip((long) pageIndex * PAGE).limit(PAGE).map(r -> catalog.product(r.product())
                    .map(p -> row(p, r.score()))).flatMap(Optional::stream).toList();
        } else if (filters.flagged()) {
            List<ProductSummary> flaggedProducts = flagged(filters);
            total = flaggedProducts.size();
            rows = flaggedProducts.stream().skip((long) pageIndex * PAGE).limit(PAGE).map(this::row).toList();
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

    /**
     * Products whose readiness is at most {@code atMost}, least ready first, narrowed by the other
     * filters: among the {@value #READINESS_SCANNED} least ready of the category (or the store). A
     * product is read only when the words or "in stock" need more than its readiness holds.
     */
    private List<Readiness> leastReady(Filters filters, int atMost) {
        Set<UUID> flagged = filters.flagged() ? reviews.flags(Flag.Status.OPEN, null, 500).stream().map(Flag::product)
                .collect(Collectors.toSet()) : null;
        return catalog.readiness(filters.category().isEmpty() ? null : filters.category(), region, READINESS_SCANNED).stream()
                .filter(r -> r.score() <= atMost)
                .filter(r -> flagged == null || flagged.contains(r.product()))
                .filter(r -> !filters.inStock() && filters.q().isEmpty() || catalog.product(r.product()).filter(p -> matches(filters, p)).isPresent())
                .toList();
    }

    /** The words (in title, handle or brand) and "in stock only" of the filters. */
    private static boolean matches(Filters filters, ProductSummary product) {
        String words = filters.q().toLowerCase(Locale.ROOT);
        return (!filters.inStock() || product.inStock())
                && (words.isEmpty() || (product.title() + " " + product.handle() + " " + product.brand()).toLowerCase(Locale.ROOT).contains(words));
    }

    /** Products with open review flags, most flags first, narrowed by the other filters. */
    private List<ProductSummary> flagged(Filters filters) {
        Map<UUID, Long> counts = reviews.flags(Flag.Status.OPEN, null, 500).stream()
                .collect(Collectors.groupingBy(Flag::product, LinkedHashMap::new, Collectors.counting()));
        return counts.keySet().stream().map(catalog::product).flatMap(Optional::stream)
                .filter(p -> filters.category().isEmpty() || p.category().equals(filters.category()))
                .filter(p -> matches(filters, p))
                .sorted((a, b) -> Long.compare(counts.get(b.id()), counts.get(a.id())))
                .toList();
    }

    private Row row(ProductSummary product) {
        return row(product, catalog.readinessOf(product.id(), region).map(Readiness::score).orElse(0));
    }

    private Row row(ProductSummary product, int readiness) {
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
        String notice = done == null ? null : switch (done) {
            case "saved" -> "Saved. The product page, search and the assistant show the change now; reason codes were recomputed for the category.";
            case "qa" -> "Added the question and answer. The product page and the assistant use it now.";
            case "linked" -> "Linked. The product page and the assistant use the link now.";
            case "unlinked" -> "Removed the link.";
            default -> null;
        };
        return Response.ok(page(product.get(), form, Map.of(), notice), MediaType.TEXT_HTML_TYPE).build();
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
                    if ("product".equals(problem.field())) { // "the first row of product x was refused": the others say why
                        continue;
                    }
                    boolean ofAdded = form.added().wanted() && form.added().sku().equals(problem.sku());
                    String field = ofAdded ? "new_" + (Set.of("sku", "options", "price", "stock").contains(problem.field()) ? problem.field() : "sku")
                            : fieldOf(problem.field());
                    errors.putIfAbsent(field, Pages.capitalised(problem.message()) + ".");
                }
            }
        }
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page(product, form, errors, null)).build();
    }

    /**
     * Handles of products whose words match {@code other} (the editor's link form types into it), as
     * {@code <option>}s for its datalist: search as you type with htmx; without JavaScript the field
     * takes a handle as typed.
     */
    @GET
    @Path("/handles")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance handles(@QueryParam("other") String other) {
        String words = Pages.kept(other);
        if (words.length() < 2) {
            return Templates.handles(List.of());
        }
        SearchResults results;
        try {
            results = catalog.search(new SearchQuery(words, null, Set.of(), null, null, null, false, Set.of(), Map.of(), SortOrder.RELEVANCE,
                    0, SUGGESTIONS, false));
        } catch (RuntimeException e) { // search down or the words refused: no suggestions, the field still takes a handle
            return Templates.handles(List.of());
        }
        return Templates.handles(results.hits());
    }

    /** Adds a question and its answer (docs/console.md#products); the same checks as {@code POST /api/admin/products/{id}/qa}. */
    @POST
    @Path("/{handle}/qa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response addQa(@PathParam("handle") String handle, @RestForm("question") String question, @RestForm("answer") String answer,
                          @RestForm("source") String source) {
        Optional<ProductDetails> found = catalog.detailsByHandle(handle);
        if (found.isEmpty()) {
            return notFound(handle, "");
        }
        ProductDetails product = found.get();
        Map<String, String> values = new LinkedHashMap<>(Map.of("question", Pages.kept(question), "answer", Pages.kept(answer),
                "source", Pages.kept(source)));
        Map<String, String> errors = new LinkedHashMap<>();
        if (values.get("question").isEmpty() || values.get("question").length() > NewQaEntry.QUESTION_MAX) {
            errors.put("question", "Write the question as shoppers ask it, at most 1,000 characters.");
        }
        if (values.get("answer").isEmpty() || values.get("answer").length() > NewQaEntry.ANSWER_MAX) {
            errors.put("answer", "Write the answer, at most 4,000 characters.");
        }
        AnswerSource answeredBy = null;
        try {
            answeredBy = AnswerSource.parse(values.get("source"));
        } catch (IllegalArgumentException e) {
            errors.put("source", "Choose who answered: the retailer, the manufacturer or another shopper.");
        }
        NewQaEntry entry = null;
        if (errors.isEmpty()) {
            try {
                entry = new NewQaEntry(values.get("question"), values.get("answer"), answeredBy, LocalDate.now(ZoneOffset.UTC));
            } catch (IllegalArgumentException e) { // the text rules of the catalog (control characters, say)
                errors.put("question", Pages.capitalised(e.getMessage()) + ".");
            }
        }
        if (!errors.isEmpty()) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(product, Form.of(product), Map.of(), null, values, errors)).build();
        }
        NewQaEntry adding = entry;
        changes.recordOutcome("add", "qa", product.id().toString(), () -> catalog.addQa(product.id(), adding));
        return Pages.seeOther("/admin/products/" + URLEncoder.encode(product.handle(), StandardCharsets.UTF_8) + "?done=qa#qa-heading");
    }

    /**
     * Links this product (or one of its variants) to another by handle: "this fits that" and the
     * other relations; the same checks as {@code PUT /api/admin/products/{from}/compatibility/{relation}/{to}}.
     */
    @POST
    @Path("/{handle}/links")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response link(@PathParam("handle") String handle, @RestForm("relation") String relation, @RestForm("other") String other,
                         @RestForm("variant") String variant, @RestForm("note") String note) {
        Optional<ProductDetails> found = catalog.detailsByHandle(handle);
        if (found.isEmpty()) {
            return notFound(handle, "");
        }
        ProductDetails product = found.get();
        Map<String, String> values = new LinkedHashMap<>(Map.of("relation", Pages.kept(relation), "other", Pages.kept(other),
                "variant", Pages.kept(variant), "note", Pages.kept(note)));
        Map<String, String> errors = new LinkedHashMap<>();
        Relation chosen = null;
        try {
            chosen = Relation.parse(values.get("relation"));
        } catch (IllegalArgumentException e) {
            errors.put("relation", "Choose how this product relates to the other.");
        }
        Optional<UUID> to = catalog.productIdByHandle(values.get("other"));
        if (to.isEmpty()) {
            errors.put("other", values.get("other").isEmpty() ? "Write the other product's handle." : "No product has the handle '"
                    + values.get("other") + "'.");
        }
        if (errors.isEmpty()) {
            Relation kind = chosen;
            String sku = values.get("variant").isEmpty() ? null : values.get("variant");
            try {
                changes.record("link", "compatibility", product.id().toString(), () -> catalog.compatibility(product.id()),
                        () -> catalog.link(new LinkEnd(product.id(), sku), kind, LinkEnd.product(to.get()),
                                values.get("note").isEmpty() ? null : values.get("note")));
                return Pages.seeOther("/admin/products/" + URLEncoder.encode(product.handle(), StandardCharsets.UTF_8) + "?done=linked#links-heading");
            } catch (IllegalArgumentException e) {
                errors.put(e.getMessage().contains("variant") || e.getMessage().contains("SKU") ? "variant" : "other",
                        Pages.capitalised(e.getMessage()) + ".");
            }
        }
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page(product, Form.of(product), Map.of(), null, values, errors)).build();
    }

    /** Removes one edge listed in the editor; 404 when it is not there (removed already, say). */
    @POST
    @Path("/{handle}/links/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response unlink(@PathParam("handle") String handle, @RestForm("from") String from, @RestForm("relation") String relation,
                           @RestForm("to") String to, @RestForm("from_variant") String fromVariant, @RestForm("to_variant") String toVariant) {
        Optional<ProductDetails> found = catalog.detailsByHandle(handle);
        if (found.isEmpty()) {
            return notFound(handle, "");
        }
        ProductDetails product = found.get();
        Optional<UUID> start = catalog.productIdByHandle(Pages.kept(from));
        Optional<UUID> end = catalog.productIdByHandle(Pages.kept(to));
        try {
            changes.record("unlink", "compatibility", product.id().toString(), () -> catalog.compatibility(product.id()), () -> {
                if (start.isEmpty() || end.isEmpty() || !catalog.unlink(new LinkEnd(start.get(), blankToNull(fromVariant)), Relation.parse(Pages.kept(relation)),
                        new LinkEnd(end.get(), blankToNull(toVariant)))) {
                    throw new java.util.NoSuchElementException("no such link");
                }
            });
        } catch (java.util.NoSuchElementException | IllegalArgumentException e) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(product, Form.of(product), Map.of(), "That link is not there. Nothing was removed.")).build();
        }
        return Pages.seeOther("/admin/products/" + URLEncoder.encode(product.handle(), StandardCharsets.UTF_8) + "?done=unlinked#links-heading");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
            case "title", "brand", "description", "bullets", "who_for", "who_not_for", "boundaries", "images" -> column;
            default -> "attr." + column;
        };
    }

    /** The product as an import file: one JSON row per variant, each stating the whole product as edited. */
    private String rows(ProductDetails product, Form form) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        form.attributes().forEach((key, value) -> attributes.put(key, value.isBlank() ? null : value));
        String currency = product.variants().getFirst().price().currency().getCurrencyCode();
        List<Form.NewVariant> variants = new ArrayList<>();
        product.variants().forEach(v -> variants.add(new Form.NewVariant(v.sku(), "", form.prices().get(v.sku()), form.stocks().get(v.sku()))));
        if (form.added().wanted()) {
            variants.add(form.added());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Form.NewVariant variant : variants) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("product", product.handle());
            row.put("sku", variant.sku());
            row.put("category", product.category());
            row.put("title", form.title());
            row.put("brand", form.brand());
            row.put("description", form.description().isBlank() ? null : form.description());
            row.put("price", variant.price());
            row.put("currency", currency);
            row.put("stock", variant.stock());
            row.put("options", product.variants().stream().filter(v -> v.sku().equals(variant.sku())).findFirst()
                    .map(ProductDetails.Variant::options).orElseGet(variant::optionMap));
            row.put("bullets", lines(form.bullets()));
            row.put("images", lines(form.images()));
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
        return page(product, form, errors, notice, Map.of(), Map.of());
    }

    private TemplateInstance page(ProductDetails product, Form form, Map<String, String> errors, String notice,
                                  Map<String, String> extraValues, Map<String, String> extraErrors) {
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
                        "One per line, e.g. \"not dishwasher safe\".", false, errors.get("boundaries")),
                new Field("images", "Images", "textarea", form.images(), List.of(),
                        "One address per line (https://… or /images/…), the first is the card's.", false, errors.get("images")));
        Optional<CategoryDefinition> category = product.category() == null ? Optional.empty() : catalog.category(product.category());
        List<Field> attributes = category.map(CategoryDefinition::attributes).orElse(List.of()).stream().map(a -> attributeField(a, form.attributes().getOrDefault(a.key(), ""),
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
        shown.addAll(List.of("new_sku", "new_options", "new_price", "new_stock"));
        Form.NewVariant adding = form.added();
        AddRow added = new AddRow(adding.sku(), adding.options(), adding.price(), product.variants().getFirst().price().currency().getCurrencyCode(),
                adding.stock(), errors.get("new_sku"), errors.get("new_options"), errors.get("new_price"), errors.get("new_stock"));
        List<String> otherProblems = errors.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                .map(e -> e.getKey().replaceFirst("^attr\\.", "") + ": " + e.getValue()).toList();
        return Templates.editor(Identities.name(identity), product.handle(), product.title(),
                category.map(CategoryDefinition::name).orElse("no category"), fields, attributes, variants,
                added, assistant, errors.size(), otherProblems, notice, extras(product, extraValues, extraErrors), List.of(Relation.values()));
    }

    private Extras extras(ProductDetails product, Map<String, String> values, Map<String, String> errors) {
        List<LinkRow> links = catalog.compatibility(product.id()).stream().map(l -> {
            String other = catalog.product(l.other()).map(ProductSummary::handle).orElse(l.other().toString());
            boolean forward = l.direction() == CompatibilityLink.Direction.FORWARD;
            return new LinkRow(l, other, forward ? product.handle() : other, l.relation().name(), forward ? other : product.handle(),
                    forward ? l.variant() : l.otherVariant(), forward ? l.otherVariant() : l.variant());
        }).toList();
        String jsonLd;
        try {
            jsonLd = json.writerWithDefaultPrettyPrinter().writeValueAsString(SchemaOrg.product(product, "/products/" + product.handle(),
                    catalog, region, LocalDate.now(ZoneOffset.UTC)));
        } catch (JsonProcessingException e) {
            jsonLd = "(not written: " + e.getOriginalMessage() + ")";
        }
        return new Extras(catalog.qa(product.id()), links, jsonLd, values, errors);
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
            String min = Pages.inDisplayUnit(attribute.min(), unit);
            String max = Pages.inDisplayUnit(attribute.max(), unit);
            hint.append(", ").append(min == null ? "up to " + max : max == null ? "from " + min : min + " to " + max);
            if (unit != null) {
                hint.append(' ').append(unit.symbol());
            }
        }
        return hint.append('.').toString();
    }


    private Response notFound(String handle, String more) {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(Templates.products(Identities.name(identity),
                new Filters("", "", false, false, "", "relevance"), catalog.categories(), List.of(), new Paging(0, 0, 0, null, null),
                "No product has the handle '" + handle + "'." + more)).build();
    }



    /** The editor's values: as stored, then as sent. */
    record Form(String title, String brand, String description, String bullets, String whoFor, String whoNotFor, String boundaries,
                String images, Map<String, String> attributes, Map<String, String> prices, Map<String, String> stocks, NewVariant added) {

        /** A variant to add, as the editor's last row holds it; no SKU: none. */
        record NewVariant(String sku, String options, String price, String stock) {

            static final NewVariant NONE = new NewVariant("", "", "", "");

            boolean wanted() {
                return !sku.isEmpty() || !options.isEmpty() || !price.isEmpty() || !stock.isEmpty();
            }

            /** "color: red, size: 2 L" as the import's options. */
            Map<String, String> optionMap() {
                Map<String, String> map = new LinkedHashMap<>();
                for (String pair : options.split(",")) {
                    int colon = pair.indexOf(':');
                    if (colon > 0 && !pair.substring(colon + 1).isBlank()) {
                        map.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
                    }
                }
                return map;
            }
        }

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
                    orEmpty(product.whoFor()), orEmpty(product.whoNotFor()), String.join("\n", product.boundaries()),
                    String.join("\n", product.images()), attributes, prices, stocks, NewVariant.NONE);
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
                    sent(sent, "boundaries", boundaries), sent(sent, "images", images), attributes, prices, stocks,
                    new NewVariant(sent(sent, "new_sku", ""), sent(sent, "new_options", ""), sent(sent, "new_price", ""), sent(sent, "new_stock", "")));
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
            if (added.wanted()) {
                if (added.sku().isEmpty()) {
                    errors.put("new_sku", "Give the new variant a SKU, or clear its row.");
                } else if (prices.containsKey(added.sku())) {
                    errors.put("new_sku", "SKU " + added.sku() + " is a variant already: change it in its own row.");
                }
                if (added.optionMap().isEmpty() && !product.variants().isEmpty()) {
                    errors.put("new_options", "Say what tells it apart from the others, as \"color: red\" (several separated by commas).");
                }
                try {
                    Money.parse(added.price(), product.variants().getFirst().price().currency().getCurrencyCode());
                } catch (IllegalArgumentException e) {
                    errors.put("new_price", Pages.capitalised(e.getMessage()) + ".");
                }
                if (!added.stock().matches("\\d{1,10}")) {
                    errors.put("new_stock", "Stock is a whole number from 0 to 1,000,000,000.");
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
