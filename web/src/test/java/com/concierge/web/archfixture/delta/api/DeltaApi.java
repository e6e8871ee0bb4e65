package com.concierge.web.archfixture.delta.api;

import com.concierge.web.archfixture.gamma.api.GammaApi;

public interface DeltaApi {
    GammaApi gamma();
}
