package com.concierge.kernel.mail;

import java.util.UUID;

/**
 * The Message-ID of a store e-mail about one thing ({@code <order-{id}@{store host}>}): the same on
 * every send of that e-mail, so mail clients and providers show a repeat after a crash as one
 * message (docs/adr/0029-confirmation-mail-at-least-once.md).
 */
public final class MessageIds {

    private MessageIds() {
    }

    /**
     * @param kind     what the e-mail is about ("order", "reminder")
     * @param storeUrl {@code cc.store.url}; an unusable one keeps the id stable with the host "localhost"
     */
    public static String of(String kind, UUID id, String storeUrl) {
        String host = null;
        try {
            host = java.net.URI.create(storeUrl).getHost();
        } catch (IllegalArgumentException notAUrl) {
            // an unusable cc.store.url: the id stays stable with a fixed host
        }
        return "<" + kind + "-" + id + "@" + (host == null || host.isBlank() ? "localhost" : host) + ">";
    }
}
