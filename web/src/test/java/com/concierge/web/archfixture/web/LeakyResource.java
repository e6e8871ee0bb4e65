package com.concierge.web.archfixture.web;

import com.concierge.web.archfixture.alpha.internal.AlphaSecret;

/** Violation: the web layer touching a module's internals. */
public class LeakyResource {
    public String get() {
        return AlphaSecret.value();
    }
}
