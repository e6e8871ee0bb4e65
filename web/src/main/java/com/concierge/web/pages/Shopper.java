package com.concierge.web.pages;

import com.concierge.assistant.api.Caller;
import com.concierge.web.security.Identities;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is shopping on this request: the signed-in shopper's subject (null for a guest), the guest
 * capability and the guest cart remembered in cookies, the locale numbers and prices are written in,
 * and whether htmx asked for a fragment instead of a page.
 */
@RequestScoped
@Named("shopper")
public class Shopper {

    /** The guest cart's id; a signed-in shopper's cart is found by their subject instead. */
    static final String CART_COOKIE = "cc_cart";

    /**
     * The browser's guest capability: a random key, never the conversation id, that the guest's
     * conversations belong to (docs/security.md#who-may-open-a-conversation). HttpOnly, so no script
     * reads it; SameSite=Lax, so it comes back from Keycloak's redirect after sign-in.
     */
    static final String GUEST_COOKIE = "cc_guest";
    private static final long GUEST_COOKIE_AGE = 30L * 24 * 3600;

    private String newGuestKey;

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    /** The signed-in shopper's Keycloak subject (what carts, orders and conversations belong to), or null for a guest. */
    public String owner() {
        return Identities.subject(identity);
    }

    /** The signed-in shopper's username, for the header's greeting. */
    public String name() {
        return Identities.name(identity);
    }

    /** Who may use conversations on this request: the signed-in subject and the browser's guest capability, if any. */
    public Caller caller() {
        Cookie cookie = request.getCookie(GUEST_COOKIE);
        return new Caller(owner(), newGuestKey != null ? newGuestKey : cookie == null ? null : cookie.getValue());
    }

    /**
     * The caller a new conversation belongs to: the signed-in shopper, or a guest whose browser is
     * given a capability now if it has none yet.
     */
    public Caller owning() {
        Caller caller = caller();
        if (caller.subject() != null || caller.guestKey() != null) {
            return caller;
        }
        newGuestKey = Caller.newGuestKey();
        response().addCookie(Cookie.cookie(GUEST_COOKIE, newGuestKey).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                .setMaxAge(GUEST_COOKIE_AGE));
        return caller();
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** This page's path and query, for "sign in and come back here". */
    public String here() {
        String uri = request.uri();
        String page = uri == null || !uri.startsWith("/") || uri.startsWith("/signin") ? "/" : uri;
        return URLEncoder.encode(page, StandardCharsets.UTF_8);
    }

    /** htmx sends {@code HX-Request: true}; such a request gets a fragment, every other one a whole page. */
    public boolean wantsFragment() {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** The guest cart this browser holds, if any. */
    public Optional<UUID> guestCart() {
        Cookie cookie = request.getCookie(CART_COOKIE);
        return cookie == null ? Optional.empty() : Pages.uuid(cookie.getValue());
    }

    public void rememberGuestCart(UUID cart) {
        response().addCookie(Cookie.cookie(CART_COOKIE, cart.toString()).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setMaxAge(30L * 24 * 3600));
    }

    public void forgetGuestCart() {
        response().addCookie(Cookie.cookie(CART_COOKIE, "").setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX).setMaxAge(0));
    }

    /** The first language of Accept-Language with a country, for money and numbers; the store's default otherwise. */
    public Locale locale() {
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            for (String part : header.split(",")) {
                String tag = part.split(";")[0].strip();
                if (!tag.isEmpty() && !tag.equals("*")) {
                    Locale locale = Locale.forLanguageTag(tag);
                    if (!locale.getLanguage().isEmpty()) {
                        return locale;
                    }
                }
            }
        }
        return Locale.US;
    }

    private HttpServerResponse response() {
        return request.response();
    }
}
