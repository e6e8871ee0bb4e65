package com.concierge.assistant.api;

import java.time.Instant;
import java.util.UUID;

/** A paid placement of one product, with the label shoppers see next to it ("Sponsored by Calma"). */
public record Sponsorship(UUID product, String title, String label, boolean active, String changedBy, Instant changedAt) {

    /** The longest label. */
    public static final int MAX_LABEL = 200;
}
