package com.concierge.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 from the API are problem+json like every other refusal (docs/security.md#refusals).
 *
 * <p>They come from three places:
 * <ul>
 * <li>inside the REST layer: a route marked {@code @Authenticated} called without a token (the mappers);</li>
 * <li>the path rules for {@code /api/admin/*} and {@code /api/ops/*}, checked before the REST layer:
 *     a caller with a verified token but without the role is failed with 403, and the failure
 *     handler writes the body; a call without any token would get the bare challenge, so it is
 *     answered here first, before authentication (no rule lets an anonymous caller in there);</li>
 * <li>a token that fails verification (expired, forged, signed with a key Keycloak no longer has)
 *     on any API route: Quarkus sends the challenge and fails the request; the failure handler
 *     writes the body.</li>
 * </ul>
 * Pages never get here: their sign-in redirects are the OIDC code flow's.
 */
@ApplicationScoped
public class SecurityProblems {

    static final String CHALLENGE = "Bearer realm=\"concierge\"";
    private static final String SIGN_IN = "Send an access token from the store's Keycloak realm: Authorization: Bearer <token>.";

    /** Before Quarkus' CORS and authentication filters (priorities 300 and 200; a filter's route order is minus its priority). */
    private static final int BEFORE_AUTHENTICATION = Integer.MIN_VALUE + 102;

    private final ObjectMapper json;
    private final List<String> roleOnlyPaths;

    SecurityProblems(ObjectMapper json,
                     @ConfigProperty(name = "quarkus.http.auth.permission.admin-api.paths") List<String> adminPaths,
                     @ConfigProperty(name = "quarkus.http.auth.permission.ops-api.paths") List<String> opsPaths) {
        this.json = json;
        this.roleOnlyPaths = java.util.stream.Stream.concat(adminPaths.stream(), opsPaths.stream()).toList();
    }

    @ServerExceptionMapper(priority = Priorities.USER)
    Response unauthorized(UnauthorizedException e) {
        return withChallenge(Problem.response(401, "unauthorized", "Sign-in required", SIGN_IN), CHALLENGE);
    }

    @ServerExceptionMapper(priority = Priorities.USER)
    Response failed(AuthenticationFailedException e) {
        return withChallenge(Problem.response(401, "unauthorized", "Sign-in required", invalidToken()),
                CHALLENGE + ", error=\"invalid_token\"");
    }

    @ServerExceptionMapper(priority = Priorities.USER)
    Response forbidden(ForbiddenException e) {
        return Problem.response(403, "forbidden", "Not allowed", forbiddenDetail());
    }

    /** Refusals made before the REST layer sees the request. */
    void install(@Observes Router router) {
        for (String path : roleOnlyPaths) {
            router.route(path).order(BEFORE_AUTHENTICATION).handler(this::credentialsRequired);
        }
        router.route("/api/*").failureHandler(this::beforeTheApi);
    }

    private void credentialsRequired(RoutingContext context) {
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) != null || context.request().method() == io.vertx.core.http.HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        context.response().putHeader("WWW-Authenticate", CHALLENGE);
        send(context, new Problem("https://concierge.example/problems/unauthorized", "Sign-in required", 401, SIGN_IN));
    }

    private void beforeTheApi(RoutingContext context) {
        boolean refused = context.failure() instanceof AuthenticationFailedException || context.statusCode() == 401
                || context.statusCode() == 403;
        if (context.response().ended() || !refused) {
            context.next();
            return;
        }
        int answer = context.statusCode() == 403 ? 403 : 401;
        Problem problem = answer == 403
                ? new Problem("https://concierge.example/problems/forbidden", "Not allowed", 403, forbiddenDetail())
                : new Problem("https://concierge.example/problems/unauthorized", "Sign-in required", 401, invalidToken());
        if (answer == 401) { // RFC 6750: the challenge says the token was the problem
            context.response().putHeader("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
        }
        send(context, problem);
    }

    private void send(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a problem of four plain fields always serializes", e);
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }

    private static String invalidToken() {
        return "The access token was not accepted (expired, not signed by the store's Keycloak realm, or malformed): sign in again.";
    }

    private static String forbiddenDetail() {
        return "Your account does not have the role this route needs (docs/security.md lists who may call what).";
    }

    private static Response withChallenge(Response response, String challenge) {
        return Response.fromResponse(response).header("WWW-Authenticate", challenge).build();
    }
}
