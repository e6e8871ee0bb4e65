package com.concierge.web.api;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking, as the checkout facade names owners: the signed-in shopper's subject, or null for a guest. */
final class Shoppers {

    private Shoppers() {
    }

    static String owner(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
