package com.concierge.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where a shopper lands when their sign-in ended while they were away (docs/security.md#sessions):
 * Keycloak's session is over, so the store could not renew its tokens and signed them out. Quarkus
 * OIDC sends them here ({@code quarkus.oidc.authentication.session-expired-path}) instead of
 * straight to a login page; {@code SessionExpiry} makes that redirect keep a form's method and body,
 * so what the shopper had just sent arrives here, is not acted on, and comes back as a filled-in
 * form: they sign in again (in a new tab, so this page and its form stay) and send it, or send it
 * as a guest.
 */
@Path("/session-expired")
public class SessionExpiredPage {

    /** A field of the kept form; {@code shown} fields are the shopper's own words, put back in a text box. */
    public record Field(String name, String value, boolean shown) {
    }

    /**
     * @param action where the kept form goes: the page the shopper had sent it to
     * @param fields what they had sent (the form token is the page's own)
     */
    public record Expired(String action, List<Field> fields, String signIn) {
        public boolean kept() {
            return action != null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance expired(Expired expired);
    }

    /** Form fields that hold the shopper's own words: shown in a text box rather than hidden. */
    private static final List<String> WORDS = List.of("q", "value", "code");
    /** The form token is the expired page's; the kept form carries this page's own. */
    private static final String FORM_TOKEN = "csrf-token";

    private final Shopper shopper;

    SessionExpiredPage(Shopper shopper) {
        this.shopper = shopper;
    }

    /** A page visit after the session ended: say so, with the way back. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance expired(@QueryParam("from") String from) {
        String back = Pages.localPath(from);
        return Pages.localized(Templates.expired(new Expired(null, List.of(), signIn(back))), shopper);
    }

    /** A form sent after the session ended: nothing was done with it; it comes back filled in. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response kept(@QueryParam("from") String from, MultivaluedMap<String, String> form) {
        String action = Pages.localPath(from == null ? null : from.split("[?#]", 2)[0]);
        List<Field> fields = form.entrySet().stream().filter(e -> !e.getKey().equals(FORM_TOKEN))
                .flatMap(e -> e.getValue().stream().map(v -> new Field(e.getKey(), v, WORDS.contains(e.getKey()))))
                .toList();
        Response.ResponseBuilder page = Response.ok(Pages.localized(Templates.expired(new Expired(action, fields,
                "/signin?then=/session-expired/signed-in")), shopper)).type(MediaType.TEXT_HTML_TYPE);
        // an htmx form (add to cart on a product page) swaps a small part of the page: this one replaces it all
        return shopper.wantsFragment() ? page.header("HX-Retarget", "body").header("HX-Reswap", "innerHTML").build() : page.build();
    }

    /** The new tab's landing after signing in again: back to the tab with the kept form. */
    @GET
    @Path("/signed-in")
    @Produces(MediaType.TEXT_HTML)
    public Response signedIn() {
        return ErrorPages.page(200, "You are signed in again",
                "Go back to the tab with your kept form and send it: it now goes in as you.");
    }

    private static String signIn(String back) {
        return "/signin?then=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
