package com.concierge.catalog.api.reasons;

import java.util.List;

/** A new rule version and every label it made a product gain or lose. */
public record Relabelling(int version, List<LabelChange> changes) {

    public Relabelling {
        changes = List.copyOf(changes);
    }
}
