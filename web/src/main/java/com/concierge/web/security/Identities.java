package com.concierge.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who a request comes from, as the modules name people. An owner (of a cart, an order, a
 * conversation, a history) is the Keycloak subject ({@code sub}): the principal's name, since
 * {@code quarkus.oidc.token.principal-claim=sub}. A username can change in Keycloak; a subject
 * cannot. The username is only shown (the header's greeting) and written on merchandisers' and
 * operators' actions for people to read.
 */
public final class Identities {

    private Identities() {
    }

    /** The signed-in caller's Keycloak subject, or null for a guest. */
    public static String subject(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The name to show for the signed-in caller ({@code preferred_username}, else the subject), or null for a guest. */
    public static String name(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : name(identity.getPrincipal());
    }

    /** The name to show for a principal: its token's {@code preferred_username}, else its name (the subject). */
    public static String name(java.security.Principal principal) {
        String username = username(principal);
        return username != null ? username : principal.getName();
    }

    /** The token's {@code preferred_username}, or null when it has none. */
    static String username(java.security.Principal principal) {
        if (principal instanceof JsonWebToken token) {
            Object claim = token.getClaim("preferred_username");
            String username = claim instanceof jakarta.json.JsonString json ? json.getString() : claim == null ? null : claim.toString();
            return username == null || username.isBlank() ? null : username;
        }
        return null;
    }
}
