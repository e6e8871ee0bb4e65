package com.concierge.assistant.api;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Who is using a conversation (docs/security.md#who-may-open-a-conversation). A conversation
 * belongs to the signed-in shopper who started it (their Keycloak subject), or to the guest
 * capability it was started with: the random key a browser keeps in an HttpOnly cookie, or the
 * token an API client was given when it started the conversation. A guest conversation becomes a
 * shopper's when they use it signed in while holding its capability (signing in from that browser).
 *
 * @param subject  the signed-in shopper's Keycloak subject ({@code sub}), or null for a guest
 * @param guestKey the guest capability presented with the request, or null
 */
public record Caller(String subject, String guestKey) {

    /** Bytes of randomness in a guest capability: 256 bits, as URL-safe Base64 without padding. */
    public static final int GUEST_KEY_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    public Caller {
        subject = subject == null || subject.isBlank() ? null : subject;
        guestKey = guestKey == null || guestKey.isBlank() ? null : guestKey;
    }

    public static Caller shopper(String subject) {
        return new Caller(subject, null);
    }

    public static Caller guest(String guestKey) {
        return new Caller(null, guestKey);
    }

    /** A fresh guest capability: hard to guess, safe in a cookie, a header or a URL-less JSON body. */
    public static String newGuestKey() {
        byte[] key = new byte[GUEST_KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /** Neither signed in nor holding a capability: such a caller owns nothing. */
    public boolean nobody() {
        return subject == null && guestKey == null;
    }
}
