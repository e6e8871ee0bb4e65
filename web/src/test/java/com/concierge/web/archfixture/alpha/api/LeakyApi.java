package com.concierge.web.archfixture.alpha.api;

import com.concierge.web.archfixture.alpha.internal.AlphaSecret;

/** Violation: an api type depending on its own module's internals. */
public class LeakyApi {
    public String leak() {
        return AlphaSecret.value();
    }
}
