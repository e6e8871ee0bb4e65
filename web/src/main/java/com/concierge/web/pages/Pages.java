package com.concierge.web.pages;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.Conversation;
import com.concierge.web.api.ProductResource;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/** Small rules every storefront page shares: ids from the URL, where a redirect may go. */
final class Pages {

    private Pages() {
    }

    /** A UUID from a query parameter or cookie; anything else (a typo, a tampered link) is no id. */
    static Optional<UUID> uuid(String text) {
        return ProductResource.id(text);
    }

    /** The conversation a page's {@code c} names, if it (still) exists and is this shopper's. */
    static Optional<Conversation> conversation(Assistant assistant, String c, Shopper shopper) {
        return uuid(c).flatMap(id -> assistant.conversation(id, shopper.caller()));
    }

    /** A path on this site only ("/cart", "/?c=…"), so a link cannot send the shopper elsewhere; else "/". */
    static String localPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || path.contains("\r")
                || path.contains("\n")) {
            return "/";
        }
        return path;
    }

    /** Post/redirect/get: a full-page form answer sends the browser to the page that shows the result. */
    static Response seeOther(String path) {
        return Response.seeOther(URI.create(localPath(path))).build();
    }

    /** Money, numbers and messages in the shopper's locale. */
    static TemplateInstance localized(TemplateInstance template, Shopper shopper) {
        return template.setLocale(shopper.locale());
    }

    /** The home page of a conversation, scrolled to a turn. */
    static String conversationPath(UUID conversation, int turn) {
        return "/?c=" + conversation + (turn > 0 ? "#turn-" + turn : "");
    }

    /** A schema bound (kept in the canonical unit) in the attribute's display unit, to four digits; null stays null. */
    static String inDisplayUnit(java.math.BigDecimal canonical, com.concierge.catalog.api.attributes.Unit unit) {
        if (canonical == null) {
            return null;
        }
        java.math.BigDecimal value = unit == null ? canonical : unit.fromCanonical(canonical);
        return value.round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** What a form field held, as it is kept and shown again: trimmed, and "" for a field not sent. */
    static String kept(String value) {
        return value == null ? "" : value.strip();
    }

    /** A module's message as a sentence's start: "window must not be negative" → "Window must not be negative". */
    static String capitalised(String message) {
        return message == null || message.isEmpty() ? "Not accepted" : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
