package com.concierge.web.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * A signed-in shopper whose session can no longer be renewed (Keycloak's idle or maximum lifetime
 * passed) is sent to the session-expired page. Two things make sure a form they had just sent is
 * not lost on the way (docs/security.md#sessions):
 * <ul>
 * <li>the redirect names the page the form was for ({@code ?from=/cart/add});</li>
 * <li>for a POST the redirect is a 307, so the browser sends the same body to the session-expired
 *     page, which gives it back as a filled-in form ({@code SessionExpiredPage}).</li>
 * </ul>
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.SESSION_EXPIRED_PAGE)
public class SessionExpiry implements OidcRedirectFilter {

    /** {@code quarkus.oidc.authentication.session-expired-path}. */
    static final String PAGE = "/session-expired";
    private static final int FIRST = Integer.MIN_VALUE + 101;

    @Override
    public void filter(OidcRedirectContext context) {
        context.additionalQueryParams().add("from", context.routingContext().request().uri());
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(context -> {
            if (context.request().method() == HttpMethod.POST) {
                context.addHeadersEndHandler(ignored -> keepTheBody(context));
            }
            context.next();
        });
    }

    private static void keepTheBody(RoutingContext context) {
        int status = context.response().getStatusCode();
        String location = context.response().headers().get(HttpHeaders.LOCATION);
        if ((status == 302 || status == 303) && location != null && PAGE.equals(URI.create(location).getPath())) {
            context.response().setStatusCode(307);
        }
    }
}
