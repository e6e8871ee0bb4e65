/**
 * Reason codes ("quiet", "lightweight", "easy_to_clean") computed from attribute values by rules a
 * merchandiser sets per category, with absolute or percentile thresholds. Rule sets are versioned;
 * every label carries the version and an explanation that decision receipts can cite.
 */
package com.concierge.catalog.api.reasons;
