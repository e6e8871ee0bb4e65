package com.concierge.web.pages;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.Conversation;
import com.concierge.assistant.api.SearchFilters;
import com.concierge.assistant.api.Turn;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.SearchUnavailableException;
import com.concierge.catalog.api.search.AttributeFilter;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.catalog.api.search.SortOrder;
import com.concierge.web.api.CatalogReads;
import com.concierge.web.api.SearchParameters;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Search results with facets, sorting and pages. Its URL is its state (the same parameters as
 * {@code GET /api/products}), so every facet is a link and works without JavaScript. A conversation
 * ({@code c}) opens the search with the conversation's hard constraints as filters, and its chips
 * stay editable here.
 */
@Path("/search")
public class SearchPage {

    static final int PAGE_SIZE = 24;

    /** One facet value as a link that adds or removes it. */
    public record Option(String label, long count, boolean selected, String href) {
    }

    public record FacetView(String key, String label, String unit, List<Option> options) {
    }

    public record Results(String query, SearchResults results, List<FacetView> facets, List<Option> sorts, String previous, String next,
                          int pageNumber, int pages, UUID conversation, List<Constraint> chips, String problem, String filters) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Results results);
    }

    private final Catalog catalog;
    private final CatalogReads reads;
    private final Assistant assistant;
    private final Shopper shopper;
    private final String storeCurrency;

    SearchPage(Catalog catalog, CatalogReads reads, Assistant assistant, Shopper shopper,
               @ConfigProperty(name = "cc.store.currency") String storeCurrency) {
        this.catalog = catalog;
        this.reads = reads;
        this.assistant = assistant;
        this.shopper = shopper;
        this.storeCurrency = storeCurrency;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response search(@Context UriInfo uri) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>(uri.getQueryParameters());
        Optional<Conversation> conversation = Pages.conversation(assistant, params.getFirst("c"), shopper);
        params.remove("c");
        params.remove("size");
        String query = Optional.ofNullable(params.getFirst("q")).orElse("").strip();
        UUID c = conversation.map(Conversation::id).orElse(null);
        List<Constraint> chips = conversation.map(Conversation::constraints).orElse(List.of());
        SearchQuery parsed;
        try {
            parsed = SearchParameters.parse(params, reads.categories(), storeCurrency);
            parsed = parsed.withPage(parsed.page(), PAGE_SIZE);
        } catch (IllegalArgumentException e) {
            return page(Response.Status.BAD_REQUEST, new Results(query, null, List.of(), List.of(), null, null, 0, 0, c, chips,
                    "This search cannot be run: " + e.getMessage() + ".", null));
        }
        try {
            SearchResults results = reads.search(parsed);
            int pages = (int) Math.min(SearchQuery.MAX_PAGE + 1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            String previous = parsed.page() > 0 ? href(with(params, "page", String.valueOf(parsed.page() - 1)), c) : null;
            String next = parsed.page() + 1 < pages ? href(with(params, "page", String.valueOf(parsed.page() + 1)), c) : null;
            return page(Response.Status.OK, new Results(query, results, facets(results, params, c), sorts(params, parsed.sort(), c), previous,
                    next, parsed.page() + 1, pages, c, chips, null, conversation.isPresent() ? filters(params, conversation.get()) : null));
        } catch (SearchUnavailableException e) {
            return page(Response.Status.SERVICE_UNAVAILABLE, new Results(query, null, List.of(), List.of(), null, null, 0, 0, c, chips,
                    "Search is unavailable right now. Product pages still work; please try again in a moment.", null));
        }
    }

    /**
     * The filters chosen here that the conversation can take back (price, rating, brands,
     * attributes, category): its "ask again with these filters" form carries them. Null when they
     * are the conversation's own.
     */
    private static String filters(MultivaluedMap<String, String> params, Conversation conversation) {
        MultivaluedMap<String, String> chosen = new MultivaluedHashMap<>(params);
        List.of("q", "page", "sort", "in_stock", "reason").forEach(chosen::remove);
        return chosen.equals(filtersOf(conversation)) ? null : query(chosen);
    }

    /** "Ask again with these filters": the conversation's filterable constraints become the ones chosen in search. */
    @POST
    @Path("/conversation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response useInConversation(@RestForm("c") String c, @RestForm("filters") String filters) {
        UUID conversation = Pages.conversation(assistant, c, shopper).map(Conversation::id)
                .orElseThrow(() -> new NoSuchElementException("That conversation is no longer available."));
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        new QueryStringDecoder(filters == null ? "" : filters, false).parameters().forEach(params::put);
        SearchQuery chosen = SearchParameters.parse(params, catalog.categories(), storeCurrency);
        Turn turn = assistant.worded(assistant.filter(conversation, shopper.caller(), chosenFilters(chosen)));
        return Pages.seeOther(Pages.conversationPath(conversation, turn.number()));
    }

    private SearchFilters chosenFilters(SearchQuery query) {
        int digits = Currency.getInstance(storeCurrency).getDefaultFractionDigits();
        Map<String, SearchFilters.Range> ranges = new LinkedHashMap<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        query.attributes().forEach((key, filter) -> {
            switch (filter) {
                case AttributeFilter.Range r -> ranges.put(key, new SearchFilters.Range(r.min(), r.max()));
                case AttributeFilter.AnyOf any -> values.put(key, List.copyOf(any.values()));
            }
        });
        return new SearchFilters(query.category(), major(query.priceMin(), digits), major(query.priceMax(), digits), query.minRating(),
                List.copyOf(query.brands()), ranges, values);
    }

    private static BigDecimal major(Long minor, int digits) {
        if (minor == null) {
            return null;
        }
        BigDecimal major = BigDecimal.valueOf(minor, digits).stripTrailingZeros(); // 200, not 200.00 or 2E+2
        return major.scale() < 0 ? major.setScale(0) : major;
    }

    private Response page(Response.Status status, Results results) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Pages.localized(Templates.search(results), shopper)).build();
    }

    /** A plain text search. */
    static String link(String text) {
        return "/search?q=" + encode(text);
    }

    /** The search that shows what the conversation asks for: its category and every hard constraint search can filter on. */
    static String link(Conversation conversation) {
        return href(filtersOf(conversation), conversation.id());
    }

    /** The conversation's category and hard constraints as search parameters. */
    private static MultivaluedMap<String, String> filtersOf(Conversation conversation) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        if (conversation.category() != null) {
            params.add("category", conversation.category());
        }
        for (Constraint c : conversation.constraints()) {
            if (!c.hard()) {
                continue;
            }
            String unit = c.unit() == null || c.field().equals("price") ? "" : " " + c.unit();
            boolean ranged = c.field().equals("price") || c.field().equals("rating") || c.field().startsWith("attr.");
            if (ranged && c.min() != null) {
                params.add(c.field() + ".min", plain(c.min()) + (c.field().equals("rating") ? "" : unit));
            }
            if (ranged && c.max() != null && !c.field().equals("rating")) {
                params.add(c.field() + ".max", plain(c.max()) + unit);
            }
            if (c.operator() == Constraint.Operator.ANY_OF && (c.field().equals("brand") || c.field().startsWith("attr."))) {
                c.values().forEach(v -> params.add(c.field(), v));
            }
        }
        return params;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static List<FacetView> facets(SearchResults results, MultivaluedMap<String, String> params, UUID c) {
        List<FacetView> facets = new ArrayList<>();
        for (SearchResults.Facet facet : results.facets()) {
            List<Option> options = new ArrayList<>();
            for (SearchResults.Bucket bucket : facet.buckets()) {
                if (bucket.count() == 0) {
                    continue;
                }
                MultivaluedMap<String, String> next = new MultivaluedHashMap<>(params);
                next.remove("page");
                boolean selected;
                if (facet.kind() == SearchResults.Facet.Kind.TERMS) {
                    String name = facet.key().equals("reason") ? "reason" : facet.key();
                    List<String> values = new ArrayList<>(Optional.ofNullable(next.get(name)).orElse(List.of()));
                    selected = values.contains(bucket.value());
                    if (selected) {
                        values.remove(bucket.value());
                    } else if (name.equals("category") || name.equals("in_stock")) {
                        values = new ArrayList<>(List.of(bucket.value()));
                    } else {
                        values.add(bucket.value());
                    }
                    next.put(name, values);
                    if (values.isEmpty()) {
                        next.remove(name);
                    }
                } else {
                    String min = bucket.from() == null ? null : plain(bucket.from());
                    String max = bucket.to() == null ? null : plain(bucket.to());
                    String key = facet.key();
                    selected = java.util.Objects.equals(params.getFirst(key + ".min"), min) && java.util.Objects.equals(params.getFirst(key + ".max"), max);
                    next.remove(key + ".min");
                    next.remove(key + ".max");
                    if (!selected) {
                        if (min != null) {
                            next.putSingle(key + ".min", min);
                        }
                        if (max != null && !key.equals("rating")) {
                            next.putSingle(key + ".max", max);
                        }
                    }
                }
                options.add(new Option(bucket.label(), bucket.count(), selected, href(next, c)));
            }
            if (!options.isEmpty()) {
                facets.add(new FacetView(facet.key(), facet.label(), facet.unit(), options));
            }
        }
        return facets;
    }

    private static List<Option> sorts(MultivaluedMap<String, String> params, SortOrder current, UUID c) {
        Map<SortOrder, String> labels = new java.util.LinkedHashMap<>();
        labels.put(SortOrder.RELEVANCE, "Best match");
        labels.put(SortOrder.PRICE_ASC, "Price, low to high");
        labels.put(SortOrder.PRICE_DESC, "Price, high to low");
        labels.put(SortOrder.RATING, "Rating");
        labels.put(SortOrder.NEWEST, "Newest");
        List<Option> sorts = new ArrayList<>();
        labels.forEach((order, label) -> {
            MultivaluedMap<String, String> next = with(params, "sort", order.name().toLowerCase(Locale.ROOT));
            next.remove("page");
            sorts.add(new Option(label, 0, order == current, href(next, c)));
        });
        return sorts;
    }

    private static MultivaluedMap<String, String> with(MultivaluedMap<String, String> params, String name, String value) {
        MultivaluedMap<String, String> next = new MultivaluedHashMap<>(params);
        next.putSingle(name, value);
        return next;
    }

    static String href(MultivaluedMap<String, String> params, UUID conversation) {
        String query = query(params);
        if (conversation != null) {
            query += (query.isEmpty() ? "" : "&") + "c=" + conversation;
        }
        return query.isEmpty() ? "/search" : "/search?" + query;
    }

    /** The parameters as an encoded query string, without the {@code ?}. */
    private static String query(MultivaluedMap<String, String> params) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : params.entrySet()) {
            for (String value : entry.getValue()) {
                query.append(query.isEmpty() ? "" : "&").append(encode(entry.getKey())).append('=').append(encode(value));
            }
        }
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
