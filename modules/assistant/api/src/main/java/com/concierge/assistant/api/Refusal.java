package com.concierge.assistant.api;

/**
 * Whether the assistant declined, and why.
 *
 * @param topic  the do-not-generate topic id, when one was touched
 * @param reason what the shopper was told
 */
public record Refusal(boolean refused, String topic, String reason) {

    public static final Refusal NONE = new Refusal(false, null, null);
}
