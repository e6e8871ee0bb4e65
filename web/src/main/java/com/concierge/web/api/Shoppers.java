package com.concierge.web.api;

import com.concierge.assistant.api.Caller;
import com.concierge.web.security.Identities;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is asking, as the modules name owners: the signed-in shopper's Keycloak subject (null for a
 * guest), and for the assistant's conversations the capability an API guest was given when it
 * started one, sent back in the {@value #CONVERSATION_TOKEN} header.
 */
final class Shoppers {

    /** The header an API guest sends its conversation's token in (docs/assistant.md#owners). */
    static final String CONVERSATION_TOKEN = "Conversation-Token";

    private Shoppers() {
    }

    static String owner(SecurityIdentity identity) {
        return Identities.subject(identity);
    }

    /** The caller of a conversation route: the bearer token's subject, and the conversation token if one was sent. */
    static Caller caller(SecurityIdentity identity, String conversationToken) {
        return new Caller(owner(identity), conversationToken);
    }
}
