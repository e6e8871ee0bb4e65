package com.concierge.catalog.api.reasons;

/**
 * A reason code a product holds, with its evidence.
 *
 * @param code        "quiet"
 * @param label       "Quiet"
 * @param ruleVersion the category's rule-set version that granted it
 * @param because     the evidence in words ("noise 52 dB ≤ 58 dB, the 25th percentile of blenders")
 */
public record ReasonCode(String code, String label, int ruleVersion, String because) {
}
