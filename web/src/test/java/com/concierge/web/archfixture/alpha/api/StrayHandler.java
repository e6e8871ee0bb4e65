package com.concierge.web.archfixture.alpha.api;

import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Violation: an @Incoming handler outside internal.messaging. */
public class StrayHandler {
    @Incoming("fixture-channel")
    public void on(String event) {
    }
}
