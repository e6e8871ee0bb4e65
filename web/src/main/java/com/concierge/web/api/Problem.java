package com.concierge.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, the body of every API error ({@code application/problem+json}).
 *
 * @param type   a URI naming the kind of problem
 * @param title  short, the same for every occurrence of the type
 * @param status the HTTP status
 * @param detail what went wrong this time, for a person to act on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Response response(Response.Status status, String type, String title, String detail) {
        return response(status.getStatusCode(), type, title, detail);
    }

    static Response response(int status, String type, String title, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("https://concierge.example/problems/" + type, title, status, detail))
                .build();
    }
}
