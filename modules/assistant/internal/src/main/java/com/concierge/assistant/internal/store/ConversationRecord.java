package com.concierge.assistant.internal.store;

import com.concierge.assistant.api.Caller;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A conversation; {@code state} is its {@link com.concierge.assistant.internal.session.SessionState}
 * as JSON. It belongs to {@code ownerSubject} once that is set, else to the guest capability whose
 * SHA-256 is {@code guestKeyHash}; {@link #admits} is the one place that rule is checked.
 */
@Entity
@Table(name = "assistant_conversation")
public class ConversationRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public int turns;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The signed-in shopper's Keycloak subject; null while a guest holds the conversation. */
    @Column(name = "owner_subject")
    public String ownerSubject;

    /** SHA-256 (hex) of the guest capability the conversation was started with; null once a shopper owns it. */
    @Column(name = "guest_key_hash")
    public String guestKeyHash;

    /** Gives the conversation to {@code caller}: their subject when signed in, else their capability. */
    public void ownedBy(Caller caller) {
        if (caller.subject() != null) {
            ownerSubject = caller.subject();
            guestKeyHash = null;
        } else if (caller.guestKey() != null) {
            guestKeyHash = hash(caller.guestKey());
        } else {
            throw new IllegalArgumentException("a conversation needs an owner: a signed-in shopper or a guest capability");
        }
    }

    /**
     * Whether {@code caller} may read and write this conversation. A signed-in caller who also holds
     * the guest capability takes the conversation over (signing in from the browser that started it).
     * A conversation with neither owner (started before owners existed) admits nobody.
     */
    public boolean admits(Caller caller) {
        if (ownerSubject != null) {
            return ownerSubject.equals(caller.subject());
        }
        if (guestKeyHash == null || caller.guestKey() == null
                || !MessageDigest.isEqual(guestKeyHash.getBytes(StandardCharsets.US_ASCII), hash(caller.guestKey()).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        if (caller.subject() != null) {
            ownedBy(Caller.shopper(caller.subject()));
        }
        return true;
    }

    /** The stored form of a guest capability. */
    public static String hash(String guestKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(guestKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
