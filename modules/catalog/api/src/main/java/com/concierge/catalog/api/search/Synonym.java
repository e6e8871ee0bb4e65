package com.concierge.catalog.api.search;

import java.util.Locale;
import java.util.Objects;

/**
 * A word of the shopper's vocabulary and what the catalog reads it as, kept as data so
 * merchandisers can change it without a release.
 *
 * @param term   one lower-case word or phrase ("cordless", "hoover")
 * @param kind   WORDS: also match these words ("vacuum cleaner"); REASON: require this reason code
 *               ("quiet" → quiet); ATTRIBUTE: require an attribute value ("cordless" →
 *               "power_source=battery")
 * @param target what the term means, as the kind says
 */
public record Synonym(String term, Kind kind, String target) {

    public enum Kind { WORDS, REASON, ATTRIBUTE }

    public Synonym {
        if (term == null || term.isBlank() || term.strip().length() > 64) {
            throw new IllegalArgumentException("term must be 1–64 characters");
        }
        term = term.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Objects.requireNonNull(kind, "kind");
        if (target == null || target.isBlank() || target.strip().length() > 200) {
            throw new IllegalArgumentException("target must be 1–200 characters");
        }
        target = target.strip();
        if (kind == Kind.ATTRIBUTE && !target.matches("[a-z][a-z0-9_]*=.+")) {
            throw new IllegalArgumentException("an attribute synonym's target is key=value, e.g. power_source=battery");
        }
        if (kind == Kind.REASON && !target.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a reason synonym's target is a reason code, e.g. quiet");
        }
    }
}
