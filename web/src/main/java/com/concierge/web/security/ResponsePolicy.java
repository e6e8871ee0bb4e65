package com.concierge.web.security;

import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules every answer of the store keeps, whoever wrote it (a page, an API, Quarkus OIDC, the CSRF
 * filter), applied as its headers are sent (docs/security.md):
 * <ul>
 * <li>every cookie is {@code Secure} when the request came over https (as the proxy in front says,
 *     {@code quarkus.http.proxy.*}) and has a {@code SameSite} attribute ({@code Lax} unless it set one);</li>
 * <li>an answer that says nothing about caching gets {@code Cache-Control: no-store}: pages and API
 *     answers can carry a shopper's conversation, cart, order or name, and only what is known to be
 *     public (the static assets, which set their own header) may be kept by a browser or a proxy.</li>
 * </ul>
 */
@ApplicationScoped
class ResponsePolicy {

    /** Before every other route, so its headers-end hook sees every answer. */
    private static final int FIRST = Integer.MIN_VALUE + 100;
    private static final Pattern SAME_SITE = Pattern.compile("(?i);\\s*samesite=");
    private static final Pattern SECURE = Pattern.compile("(?i);\\s*secure(\\s*;|\\s*$)");

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(context -> {
            context.addHeadersEndHandler(ignored -> apply(context));
            context.next();
        });
    }

    private static void apply(RoutingContext context) {
        boolean https = "https".equals(context.request().scheme());
        for (Cookie cookie : context.request().cookies()) {
            if (cookie instanceof ServerCookie sent && sent.isChanged() && !sent.isFromUserAgent()) {
                if (https) {
                    cookie.setSecure(true);
                }
                if (cookie.getSameSite() == null) {
                    cookie.setSameSite(CookieSameSite.LAX);
                }
            }
        }
        MultiMap headers = context.response().headers();
        List<String> written = headers.getAll(HttpHeaders.SET_COOKIE);
        if (!written.isEmpty()) {
            List<String> kept = new ArrayList<>(written.size());
            for (String cookie : written) {
                String safer = cookie;
                if (https && !SECURE.matcher(safer).find()) {
                    safer += "; Secure";
                }
                if (!SAME_SITE.matcher(safer).find()) {
                    safer += "; SameSite=Lax";
                }
                kept.add(safer);
            }
            headers.set(HttpHeaders.SET_COOKIE.toString(), kept);
        }
        if (!headers.contains(HttpHeaders.CACHE_CONTROL) && !isTool(context.request().path())) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** Quarkus' own tools under /q (Swagger UI, OpenAPI) decide their caching themselves. */
    private static boolean isTool(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).startsWith("/q/");
    }
}
