package com.concierge.web.api;

import com.concierge.checkout.api.CheckoutException;
import com.concierge.postpurchase.api.ReturnException;
import com.concierge.catalog.api.DuplicateSkuException;
import com.concierge.catalog.api.SearchUnavailableException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.concierge.web.pages.ErrorPages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into problem+json: a clear message for the caller, never a stack trace. A
 * storefront page gets the same message as a page instead ({@link ErrorPages}).
 */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @ServerExceptionMapper
    Response invalid(IllegalArgumentException e) {
        if (ErrorPages.isPage(uri, headers)) {
            return ErrorPages.page(400, "That did not work", e.getMessage());
        }
        return Problem.response(Response.Status.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ServerExceptionMapper
    Response unreadableJson(JsonProcessingException e) {
        if (e.getCause() instanceof IllegalArgumentException invalid) {
            return invalid(invalid); // well-formed JSON that a record's constructor refused: say why
        }
        return Problem.response(Response.Status.BAD_REQUEST, "malformed-json", "Malformed JSON", JsonProblems.detail(e));
    }

    /** Quarkus REST maps these itself (an empty 400 outside dev mode): a wrong type, shape or syntax is said like any other. */
    @ServerExceptionMapper
    Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    Response unparsable(com.fasterxml.jackson.core.JsonParseException e) {
        return unreadableJson(e);
    }

    /**
     * A request that breaks a Bean Validation rule of its body or parameters ({@code @NotNull},
     * {@code @Size} to the column, {@code @Min}/{@code @Max}): 400 naming each field and what it must be.
     * A broken rule on what the store returns is the store's fault (500).
     */
    @ServerExceptionMapper
    Response violated(jakarta.validation.ConstraintViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(v -> v.getPropertyPath().toString().contains("<return value>"))) {
            return unexpected(e);
        }
        String detail = e.getConstraintViolations().stream().map(v -> field(v.getPropertyPath()) + ": " + v.getMessage()).sorted()
                .collect(java.util.stream.Collectors.joining("; "));
        if (ErrorPages.isPage(uri, headers)) {
            return ErrorPages.page(400, "That did not work", detail);
        }
        return Problem.response(Response.Status.BAD_REQUEST, "invalid-request", "Invalid request", detail);
    }

    /** "scope" from "putReturn.body.scope"; the parameter's name when the rule is on the parameter itself. */
    private static String field(jakarta.validation.Path path) {
        java.util.List<String> after = new java.util.ArrayList<>();
        String parameter = null;
        for (jakarta.validation.Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                parameter = node.getName();
                after.clear();
            } else if (node.getKind() == jakarta.validation.ElementKind.PROPERTY || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                after.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
        }
        return after.isEmpty() ? (parameter == null ? path.toString() : parameter) : String.join(".", after);
    }

    @ServerExceptionMapper
    Response notFound(NoSuchElementException e) {
        if (ErrorPages.isPage(uri, headers)) {
            return ErrorPages.page(404, "Not found", e.getMessage());
        }
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

    @ServerExceptionMapper
    Response returns(ReturnException e) {
        return refusal(e.kind().status(), e.kind().slug(), e.getMessage());
    }

    /** A checkout refusal as problem+json: the kind's status, its slug as the type, the detail as said. */
    static Response checkoutProblem(CheckoutException.Kind kind, String detail) {
        return refusal(kind.status(), kind.slug(), detail);
    }

    /** A module's refusal of a kind: its status, its slug as the type and, in words, the title. */
    private static Response refusal(int status, String slug, String detail) {
        String title = slug.replace('-', ' ');
        return Problem.response(status, slug, Character.toUpperCase(title.charAt(0)) + title.substring(1), detail);
    }

    @ServerExceptionMapper
    Response searchUnavailable(SearchUnavailableException e) {
        LOG.warnf("Search unavailable: %s", e.getCause() == null ? e : e.getCause().getMessage());
        if (ErrorPages.isPage(uri, headers)) {
            return ErrorPages.page(503, "Search is unavailable", "Search is unavailable right now; product pages still work. Try again in a moment.");
        }
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
        if (ErrorPages.isPage(uri, headers)) {
            return ErrorPages.page(status.getStatusCode(), status.getReasonPhrase(), status.getStatusCode() == 404
                    ? "There is no page at this address." : "This request could not be handled (" + status.getReasonPhrase() + ").");
        }
        return Problem.response(status.getStatusCode(), "http-" + status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
    }

    @ServerExceptionMapper
    Response unexpected(Exception e) {
        Response refused = refusedByTheDatabase(e);
        if (refused != null) {
            return refused;
        }
        Response tooBig = formTooBig(e);
        if (tooBig != null) {
            return tooBig;
        }
        if (com.concierge.kernel.concurrency.ConflictRetries.conflict(e) || com.concierge.kernel.concurrency.ConflictRetries.lockWaitExpired(e)) {
            return raced(e);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        if (ErrorPages.isPage(uri, headers)) {
            return ErrorPages.page(500, "Something went wrong", "Something went wrong on our side (incident " + incident
                    + "). Please try again in a moment.");
        }
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side (incident " + incident + ").");
    }

    /**
     * The safety net under request validation: a value the database refuses as data (SQL state class
     * 22: too long for its column, a number out of range, a character it cannot store) was bad input
     * that a check missed, so it is a 400, logged so the check gets written. Never a 500.
     */
    private Response refusedByTheDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                LOG.warnf("A request value the database refused (SQL state %s) passed validation: %s %s", sql.getSQLState(),
                        uri == null ? "" : uri.getPath(), sql.getMessage().lines().findFirst().orElse(""));
                String detail = "A value in the request is too long, too large or has characters the store cannot keep.";
                return ErrorPages.isPage(uri, headers) ? ErrorPages.page(400, "Bad request", detail)
                        : Problem.response(Response.Status.BAD_REQUEST, "invalid-request", "Invalid request", detail);
            }
        }
        return null;
    }

    /**
     * A race with another request that its retries did not settle (or a write path without them), or a
     * row another transaction held longer than the lock timeout: nothing of this request was kept, and
     * sending it again will work, so it is a 409 that says so.
     */
    private Response raced(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // the root names the row and the database's state (a key, a lock timeout); the top only says "rolled back"
        LOG.warnf("A request lost a race with another one: %s %s (cause: %s)", uri == null ? "" : uri.getPath(), e.toString(),
                String.valueOf(root).lines().findFirst().orElse(""));
        String detail = "Another request changed the same thing at the same moment; nothing of yours was kept. Send it again.";
        return ErrorPages.isPage(uri, headers) ? ErrorPages.page(409, "Please try again", detail)
                : Problem.response(Response.Status.CONFLICT, "concurrent-change", "Concurrent change", detail);
    }

    /** RESTEasy's form reader stops at 1,000 fields (and fails on a broken multipart body): a 413 or 400, not a 500. */
    private Response formTooBig(Throwable e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Param limit of")) {
            return ErrorPages.isPage(uri, headers) ? ErrorPages.page(413, "Form too large", "The form has too many fields.")
                    : Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "form-too-large", "Form too large",
                    "The form has too many fields (at most 1,000).");
        }
        if (e instanceof java.io.IOException && message.contains("multipart")) {
            return ErrorPages.isPage(uri, headers) ? ErrorPages.page(400, "Bad request", "The form could not be read.")
                    : Problem.response(Response.Status.BAD_REQUEST, "invalid-request", "Invalid request", "The multipart body could not be read.");
        }
        return null;
    }
}
