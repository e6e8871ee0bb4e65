package com.concierge.assistant.api;

/**
 * A fact a claim rests on, by an id that resolves in its module.
 *
 * @param kind ATTRIBUTE (id {@code <product>/<attribute key>}), REASON ({@code <product>/<code>}),
 *             REVIEW (a review span: {@code <review id>:<start>-<end>}), POLICY (a policy id),
 *             QA (a Q&amp;A entry id), CONTENT ({@code <product>/bullet|boundary|description}),
 *             GUIDE (a guide's step: {@code <guide id>/<step number>}), COMPATIBILITY (a compatibility edge from
 *             the shopper's product: {@code <product>/<relation>/<other product>})
 * @param text the fact as shown ("Noise at full speed: 52 dB")
 */
public record Evidence(Kind kind, String id, String text) {

    public enum Kind { ATTRIBUTE, REASON, REVIEW, POLICY, QA, CONTENT, GUIDE, COMPATIBILITY }
}
