package com.concierge.web.archfixture.gamma.internal.messaging;

import com.concierge.kernel.events.EventRoute;
import com.concierge.web.archfixture.alpha.internal.StrayEvent;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** Violation: claims two consumers of a channel that has one ({@code StrayHandler}). */
public class MiscountedRoute extends EventRoute<StrayEvent> {

    MiscountedRoute() {
        super(StrayEvent.class, "fixture-channel", 2);
    }

    @Override
    protected Emitter<StrayEvent> emitter() {
        return null;
    }
}
