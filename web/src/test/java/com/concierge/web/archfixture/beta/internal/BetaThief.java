package com.concierge.web.archfixture.beta.internal;

import com.concierge.web.archfixture.alpha.internal.AlphaSecret;

/** Violation: one module reaching into another module's internals. */
public class BetaThief {
    public String steal() {
        return AlphaSecret.value();
    }
}
