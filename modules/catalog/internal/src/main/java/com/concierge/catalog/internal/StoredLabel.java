package com.concierge.catalog.internal;

import com.concierge.catalog.api.reasons.ReasonCode;

/** A reason code as stored on the product (JSON). */
public record StoredLabel(String code, String label, int ruleVersion, String because) {

    ReasonCode toView() {
        return new ReasonCode(code, label, ruleVersion, because);
    }
}
