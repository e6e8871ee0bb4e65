package com.concierge.web.archfixture.gamma.api;

import com.concierge.web.archfixture.delta.api.DeltaApi;

/** Violation, with DeltaApi: a cycle between two modules. */
public interface GammaApi {
    DeltaApi delta();
}
