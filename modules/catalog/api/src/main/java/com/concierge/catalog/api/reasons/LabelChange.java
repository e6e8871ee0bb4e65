package com.concierge.catalog.api.reasons;

import java.util.UUID;

/**
 * One line of the audit trail of a relabelling: a product gained or lost a code when the rules went
 * from one version to the next.
 */
public record LabelChange(UUID product, String code, Kind kind, int fromVersion, int toVersion, String because) {

    public enum Kind { GAINED, LOST }
}
