package com.concierge.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;

/**
 * A public catalog read as it is sent: the JSON bytes, a strong entity tag computed from them, and
 * the time this replica first served these bytes (Last-Modified). A client or a shopping agent that
 * sends the tag back ({@code If-None-Match}) or the time ({@code If-Modified-Since}) gets a 304
 * without a body while nothing changed.
 *
 * @param body         the JSON
 * @param etag         the quoted strong tag: {@code "<first 16 bytes of the body's SHA-256, base64url>"}
 * @param lastModified when these bytes were first seen (whole seconds, as HTTP dates carry)
 */
public record Representation(byte[] body, String etag, Instant lastModified) {

    /** The representation of {@code body}, first seen at {@code now}. */
    public static Representation of(byte[] body, Instant now) {
        return new Representation(body, tag(body), now.truncatedTo(ChronoUnit.SECONDS));
    }

    /** This body seen again: the earlier time stays when the bytes are the same, so a client's copy stays valid. */
    public Representation seenAgain(byte[] newBody, Instant now) {
        String newTag = tag(newBody);
        return newTag.equals(etag) ? this : new Representation(newBody, newTag, now.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The answer to a GET: 304 when the request's validators match (If-None-Match wins over
     * If-Modified-Since, as RFC 9110 says), else 200 with the body; both carry the tag, the time
     * and {@code Cache-Control: public, max-age} of {@code maxAge}, the staleness the store allows
     * itself for these reads.
     */
    public Response respond(HttpHeaders request, Duration maxAge) {
        Response.ResponseBuilder answer = notModified(request) ? Response.notModified() : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        return answer.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, Date.from(lastModified))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge.toSeconds())
                .build();
    }

    private boolean notModified(HttpHeaders request) {
        String match = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (match != null) {
            for (String candidate : match.split(",")) {
                String tag = candidate.strip();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2); // weak comparison is what If-None-Match uses
                }
                if (tag.equals("*") || tag.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        String since = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (since == null) {
            return false;
        }
        try {
            Instant asked = ZonedDateTime.parse(since.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(asked);
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored, as RFC 9110 says
        }
    }

    private static String tag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "Representation[" + etag + ", " + body.length + " bytes, first seen " + lastModified + "]";
    }
}
