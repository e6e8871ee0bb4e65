package com.concierge.reviews.api;

/**
 * What kind of claim a statement makes. An experience ("mine broke after a month", "it is so
 * quiet") is the reviewer's own; a factual claim ("it is 1,200 W", "the jar holds 2 L") asserts a
 * measurable property the catalog can confirm or contradict.
 */
public enum ClaimType {
    EXPERIENCE, FACTUAL
}
