package com.concierge.catalog.api.reasons;

import java.util.UUID;

/**
 * A product earned a reason code.
 *
 * @param product     product id
 * @param code        the reason code
 * @param ruleVersion the rule-set version that produced it
 * @param because     the evidence in words ("noise 52 dB ≤ 58 dB, the 25th percentile of blenders")
 */
public record ReasonLabel(UUID product, String code, int ruleVersion, String because) {
}
