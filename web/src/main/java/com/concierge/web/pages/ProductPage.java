package com.concierge.web.pages;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.Conversation;
import com.concierge.assistant.api.Turn;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.policies.ItemPolicies;
import com.concierge.catalog.api.qa.QaEntry;
import com.concierge.reviews.api.ReviewSummary;
import com.concierge.reviews.api.ReviewView;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A product page: gallery, variants, price and stock, the specs with units, who it is for, reason
 * codes, pros and cons quoting reviews, Q&amp;A with an "ask about this product" box the assistant
 * answers with citations, policies, compatibility, and schema.org JSON-LD. Read from the database,
 * so it works while search is down.
 */
@Path("/products")
public class ProductPage {

    /** Reviews listed on the page (the ones pros and cons cite are among the newest). */
    static final int REVIEWS = 50;

    /** Locales a product's rendered sections are kept in at once (see sections). */
    static final int LOCALES_KEPT = 8;

    /**
     * Guest pages (address and locale) a product keeps at once (see guestPage); further addresses
     * (a tracking parameter, another variant) are rendered per request. Bounds the cache's heap
     * with ProductCache.MAX_ENTRIES.
     */
    static final int GUEST_PAGES_KEPT = 8;
    /** A kept guest page is sent as the bytes it is kept as. */
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name());

    /**
     * @param variant      the variant shown (chosen, or the first in stock)
     * @param sections     the parts every shopper sees, already rendered in the shopper's locale
     * @param answer       the assistant's answer to the shopper's last question about this product, or null
     * @param question     that question
     */
    public record Product(ProductDetails details, ProductDetails.Variant variant, String jsonLd, Sections sections,
                          UUID conversation, Turn answer, String question, String draft, String problem) {
        public boolean hasVariants() {
            return details.variants().size() > 1;
        }
    }

    /**
     * The page's shopper-independent parts as HTML: facts (overview, fit, reasons, specs, pros and
     * cons), the Q&amp;A list, and the rest (policies, compatibility, reviews). Rendered once per
     * product, locale and cache period, since under load rendering them was most of the page's cost.
     */
    public record Sections(String facts, String questions, String more) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance product(Product product);

        static native TemplateInstance missing(String handle);

        /** htmx: the answer to a question about the product. */
        static native TemplateInstance answer(Product product);

        static native TemplateInstance facts(Shared shared);

        static native TemplateInstance questions(Shared shared);

        static native TemplateInstance more(Shared shared);
    }

    private final Catalog catalog;
    private final Assistant assistant;
    private final Shopper shopper;
    private final ProductCache cache;
    private final CsrfTokenParameterProvider csrf;

    ProductPage(Catalog catalog, Assistant assistant, Shopper shopper, ProductCache cache, CsrfTokenParameterProvider csrf) {
        this.catalog = catalog;
        this.assistant = assistant;
        this.shopper = shopper;
        this.cache = cache;
        this.csrf = csrf;
    }

    @GET
    @Path("/{handle}")
    @Produces(MediaType.TEXT_HTML)
    public Response product(@PathParam("handle") String handle, @QueryParam("sku") String sku, @QueryParam("c") String c,
                            @QueryParam("from") String from, @Context UriInfo uri) {
        Optional<UUID> byId = Pages.uuid(handle);
        if (byId.isPresent()) {
            // a link by id (a cart warning's fix): the page lives at the product's handle
            return catalog.details(byId.get()).map(d -> Pages.seeOther(path(d, sku, Pages.uuid(c).orElse(null))))
                    .orElseGet(() -> missing(handle));
        }
        Optional<Shared> found = shared(handle, uri);
        if (found.isEmpty()) {
            return missing(handle);
        }
        ProductDetails details = found.get().details();
        Optional<UUID> conversation = Pages.conversation(assistant, c, shopper).map(Conversation::id);
        if ("card".equals(from) && conversation.isPresent()) {
            // a card opened from an answer: counted once, then the plain address (a reload counts nothing)
            assistant.interacted(conversation.get(), shopper.caller(), ShopperInteracted.Kind.CARD_CLICKED, List.of(details.id()));
            return Pages.seeOther(path(details, sku, conversation.get()));
        }
        if (conversation.isEmpty() && !shopper.signedIn()) {
            return guestPage(found.get(), sku, uri);
        }
        return page(Response.Status.OK, found.get(), sku, conversation.orElse(null), "", null);
    }

    /**
     * A guest's page without a conversation. Every such guest sees the same HTML for the same address
     * and locale but for the form token, so it is rendered once while the shared data is kept and the
     * requesting guest's token is put back into it. Most visits to a product page are of this kind.
     */
    private Response guestPage(Shared shared, String sku, UriInfo uri) {
        String token = csrf.getToken();
        Locale locale = shopper.locale();
        String key = uri.getRequestUri() + " " + locale.toLanguageTag();
        TokenHoles kept = shared.guestPages().get(key);
        if (kept != null && token != null && !token.isEmpty()) {
            return Response.ok(kept.with(token), HTML).build();
        }
        String html = Templates.product(view(shared, sku, null, "", null)).setLocale(locale).render();
        if (token != null && !token.isEmpty() && shared.guestPages().size() < GUEST_PAGES_KEPT) {
            shared.guestPages().putIfAbsent(key, TokenHoles.of(html, token));
        }
        return Response.ok(html, MediaType.TEXT_HTML_TYPE).build();
    }

    /**
     * A page cut where the form token was, kept as UTF-8 bytes, to be put together again with
     * another shopper's token: encoding the 12 KB page on every request was about a quarter of
     * the kept page's cost (docs/performance.md, read path).
     */
    record TokenHoles(List<byte[]> parts) {
        static TokenHoles of(String html, String token) {
            return new TokenHoles(Stream.of(html.split(Pattern.quote(token), -1)).map(part -> part.getBytes(StandardCharsets.UTF_8)).toList());
        }

        byte[] with(String token) {
            byte[] between = token.getBytes(StandardCharsets.UTF_8);
            int length = between.length * (parts.size() - 1);
            for (byte[] part : parts) {
                length += part.length;
            }
            byte[] page = new byte[length];
            int at = 0;
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    System.arraycopy(between, 0, page, at, between.length);
                    at += between.length;
                }
                System.arraycopy(parts.get(i), 0, page, at, parts.get(i).length);
                at += parts.get(i).length;
            }
            return page;
        }
    }

    /** A question about this product, answered by the assistant in the shopper's conversation (started if there is none). */
    @POST
    @Path("/ask")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response ask(@RestForm("product") String product, @RestForm("c") String c, @RestForm("q") String q, @Context UriInfo uri) {
        ProductDetails details = Pages.uuid(product).flatMap(catalog::details)
                .orElseThrow(() -> new NoSuchElementException("That product is no longer available."));
        UUID conversation = Pages.conversation(assistant, c, shopper).map(Conversation::id).orElse(null);
        String text = q == null ? "" : q.strip();
        String problem = text.isEmpty() ? "Type your question about the " + details.title() + "."
                : text.length() > Conversation.MAX_MESSAGE ? "Please keep your question under " + Conversation.MAX_MESSAGE + " characters." : null;
        if (problem != null) {
            return page(Response.Status.BAD_REQUEST, shared(details.handle(), uri).orElseThrow(), null, conversation, text, problem);
        }
        if (conversation == null) {
            conversation = assistant.start(shopper.owning()).id();
        }
        assistant.worded(assistant.ask(conversation, shopper.caller(), details.id(), text));
        if (shopper.wantsFragment()) {
            return Response.ok(Pages.localized(Templates.answer(view(shared(details.handle(), uri).orElseThrow(), null, conversation, "", null)), shopper))
                    .header("HX-Push-Url", path(details, null, conversation)).build();
        }
        return Pages.seeOther(path(details, null, conversation) + "#answer");
    }

    private Response missing(String handle) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE)
                .entity(Pages.localized(Templates.missing(handle), shopper)).build();
    }

    private Response page(Response.Status status, Shared shared, String sku, UUID conversation, String draft, String problem) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Pages.localized(Templates.product(view(shared, sku, conversation, draft, problem)), shopper)).build();
    }

    private Product view(Shared shared, String sku, UUID conversation, String draft, String problem) {
        ProductDetails current = shared.details();
        ProductDetails.Variant variant = current.variants().stream().filter(v -> v.sku().equals(sku)).findFirst()
                .or(() -> current.variants().stream().filter(v -> v.stock() > 0).findFirst())
                .orElse(current.variants().get(0));
        Turn answer = null;
        String question = null;
        if (conversation != null) {
            Optional<Conversation> talk = assistant.conversation(conversation, shopper.caller());
            Optional<Assistant.StoredTurn> last = talk.filter(x -> x.turns() > 0).flatMap(x -> assistant.turn(conversation, x.turns(), shopper.caller()));
            if (last.isPresent() && (last.get().reply().answer() != null && current.id().equals(last.get().reply().answer().product())
                    || last.get().reply().refused().refused())) {
                answer = last.get().reply();
                question = last.get().message();
            }
        }
        return new Product(current, variant, shared.jsonLd(), sections(shared), conversation, answer, question, draft, problem);
    }

    /**
     * The data of the part of the page every shopper sees, from the cache (ProductCache) or read now,
     * with that part rendered per locale as shoppers ask for it (see sections) and whole guest pages
     * (see guestPage).
     */
    public record Shared(ProductDetails details, ReviewSummary summary, List<ReviewView> reviews, List<QaEntry> qa, ItemPolicies policies,
                          Map<String, List<CompatibilityLink>> compatibility, String jsonLd, Map<Locale, Sections> rendered,
                          Map<String, TokenHoles> guestPages) {
    }

    private Optional<Shared> shared(String handle, UriInfo uri) {
        return cache.shared(handle, uri.getBaseUri());
    }

    /**
     * The shared parts in the shopper's locale: rendered once per locale while the shared data is
     * kept, so they are exactly as fresh as that data. A few locales per product are kept; a request
     * in yet another locale is rendered for itself.
     */
    private Sections sections(Shared shared) {
        Locale locale = shopper.locale();
        Sections kept = shared.rendered().get(locale);
        if (kept != null) {
            return kept;
        }
        Sections sections = new Sections(Templates.facts(shared).setLocale(locale).render(),
                Templates.questions(shared).setLocale(locale).render(), Templates.more(shared).setLocale(locale).render());
        if (shared.rendered().size() < LOCALES_KEPT) {
            shared.rendered().putIfAbsent(locale, sections);
        }
        return sections;
    }

    static String path(ProductDetails details, String sku, UUID conversation) {
        StringBuilder path = new StringBuilder("/products/").append(details.handle());
        char separator = '?';
        if (sku != null && !sku.isBlank()) {
            path.append(separator).append("sku=").append(java.net.URLEncoder.encode(sku, java.nio.charset.StandardCharsets.UTF_8));
            separator = '&';
        }
        if (conversation != null) {
            path.append(separator).append("c=").append(conversation);
        }
        return path.toString();
    }
}
