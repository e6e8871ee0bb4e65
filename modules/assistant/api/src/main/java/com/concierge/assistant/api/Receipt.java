package com.concierge.assistant.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Why one product was recommended, kept as it was shown (checkout links orders to it).
 *
 * @param optimizedFor what the ranking favoured, in order ("quiet", "price", "rating")
 * @param meets        every hard constraint with the product's own value
 * @param matched      the preferences it satisfies
 * @param tradeoffs    how it compares with the other items shown ("2 dB louder than Calma Go 500, $30 cheaper")
 * @param evidence     what the claims rest on: attribute values, reason codes, review spans, policies, Q&A
 * @param sponsored    true for a paid placement; {@code sponsorLabel} is then what the page shows
 * @param why          one sentence for the shopper
 */
public record Receipt(UUID id, UUID conversation, int turn, UUID product, String variant, List<String> optimizedFor,
                      List<ConstraintCheck> meets, List<String> matched, List<String> tradeoffs, List<Evidence> evidence,
                      boolean sponsored, String sponsorLabel, String why, Instant createdAt) {

    public Receipt {
        optimizedFor = List.copyOf(optimizedFor);
        meets = List.copyOf(meets);
        matched = List.copyOf(matched);
        tradeoffs = List.copyOf(tradeoffs);
        evidence = List.copyOf(evidence);
    }

    /** A hard constraint and the product's value that meets it ("noise 52 dB ≤ 60 dB"). */
    public record ConstraintCheck(String constraint, String text, String actual) {
    }
}
