package com.concierge.web.api;

import com.concierge.checkout.api.CheckoutException;
import com.concierge.catalog.api.DuplicateSkuException;
import com.concierge.catalog.api.SearchUnavailableException;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into problem+json: a clear message for the caller, never a stack trace. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response invalid(IllegalArgumentException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ServerExceptionMapper
    Response unreadableJson(JsonProcessingException e) {
        if (e.getCause() instanceof IllegalArgumentException invalid) {
            return invalid(invalid); // well-formed JSON that a record's constructor refused: say why
        }
        return Problem.response(Response.Status.BAD_REQUEST, "malformed-json", "Malformed JSON",
                "The body is not valid JSON for this request: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    Response notFound(NoSuchElementException e) {
        return Problem.response(Response.Status.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ServerExceptionMapper
    Response duplicateSku(DuplicateSkuException e) {
        return Problem.response(Response.Status.CONFLICT, "duplicate-sku", "Duplicate SKU", e.getMessage());
    }

    @ServerExceptionMapper
    Response checkout(CheckoutException e) {
        return checkoutProblem(e.kind(), e.getMessage());
    }

    /** A checkout refusal as problem+json: the kind's status, its slug as the type, the detail as said. */
    static Response checkoutProblem(CheckoutException.Kind kind, String detail) {
        String title = kind.slug().replace('-', ' ');
        return Problem.response(kind.status(), kind.slug(), Character.toUpperCase(title.charAt(0)) + title.substring(1), detail);
    }

    @ServerExceptionMapper
    Response searchUnavailable(SearchUnavailableException e) {
        LOG.warnf("Search unavailable: %s", e.getCause() == null ? e : e.getCause().getMessage());
        return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "search-unavailable", "Search unavailable",
                "Search is unavailable right now; product pages still work. Try again in a moment.");
    }

    @ServerExceptionMapper
    Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json); // the JSON reader reports a bad body wrapped in a 400
        }
        Response original = e.getResponse();
        if (original.getStatus() == 401 || original.getStatus() == 302) {
            return original; // authentication challenges keep their headers
        }
        Response.StatusType status = original.getStatusInfo();
        return Problem.response(status.getStatusCode(), "http-" + status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
    }

    @ServerExceptionMapper
    Response unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side (incident " + incident + ").");
    }
}
