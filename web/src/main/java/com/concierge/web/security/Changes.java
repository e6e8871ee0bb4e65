package com.concierge.web.security;

import com.concierge.kernel.changes.Change;
import com.concierge.kernel.changes.ChangeLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Every change a person makes through the console or the admin and ops APIs goes through here, so
 * the change log (docs/console.md#change-log) says who, when, what, and the state before and after.
 * The state is read through the owning module's facade before and after the change; a change that
 * fails (refused input, unknown subject) throws and records nothing. ArchitectureTest checks that
 * every such route calls one of these methods.
 *
 * <p>The entry is written after the change's own transaction commits, in one of its own: a crash
 * in between loses the entry, never the change (docs/adr/0024-change-log.md).
 */
@ApplicationScoped
public class Changes {

    private static final Logger LOG = Logger.getLogger(Changes.class);

    private final ChangeLog log;
    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private final ObjectMapper json;
    private final Clock clock;

    Changes(ChangeLog log, SecurityIdentity identity, CurrentVertxRequest request, ObjectMapper json) {
        this.log = log;
        this.identity = identity;
        this.request = request;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /**
     * Reads {@code state} (the subject as its module has it, or null when there is none), makes the
     * change, reads the state again and records both; returns what the change returned.
     */
    public <T> T record(String action, String kind, String subjectId, Supplier<?> state, Supplier<T> change) {
        String before = write(state.get());
        T result = change.get();
        append(action, kind, subjectId, before, write(state.get()));
        return result;
    }

    /** As {@link #record(String, String, String, Supplier, Supplier)}, for a change that returns nothing. */
    public void record(String action, String kind, String subjectId, Supplier<?> state, Runnable change) {
        record(action, kind, subjectId, state, () -> {
            change.run();
            return null;
        });
    }

    /**
     * An action whose subject has no state to compare (an import, a recompute, a sample): records
     * what the action answered as the state after.
     */
    public <T> T recordOutcome(String action, String kind, String subjectId, Supplier<T> change) {
        return recordOutcome(action, kind, subjectId, change, result -> result);
    }

    /** As {@link #recordOutcome(String, String, String, Supplier)}, recording only {@code shown} of what the action answered. */
    public <T> T recordOutcome(String action, String kind, String subjectId, Supplier<T> change, Function<? super T, ?> shown) {
        T result = change.get();
        append(action, kind, subjectId, null, write(shown.apply(result)));
        return result;
    }

    /** As {@link #recordOutcome(String, String, String, Supplier)}, for a subject named by what the action answered (a new job's id). */
    public <T> T recordOutcome(String action, String kind, Function<? super T, String> subjectOf, Supplier<T> change) {
        T result = change.get();
        append(action, kind, subjectOf.apply(result), null, write(result));
        return result;
    }

    /**
     * A name for someone the log must not name (a shopper erased at their request): the first 16
     * bytes of its SHA-256, in hex, so "was this subject erased?" can be checked by whoever knows it.
     */
    public static String fingerprint(String subject) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(subject.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "sha256:" + java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void append(String action, String kind, String subjectId, String before, String after) {
        String subject = Identities.subject(identity);
        if (subject == null) {
            throw new IllegalStateException("a change without a signed-in person: " + action + " " + kind);
        }
        try {
            log.record(Change.of(clock.instant(), subject, Identities.name(identity), via(), action, kind,
                    subjectId == null ? "" : subjectId, before, after));
        } catch (RuntimeException e) {
            // the change itself is committed; losing its entry is logged loudly rather than failing the request
            LOG.errorf(e, "The change log could not record %s %s '%s' by %s", action, kind, subjectId, subject);
        }
    }

    private String via() {
        var context = request.getCurrent();
        return context != null && context.request().path().startsWith("/admin") ? "console" : "api";
    }

    private String write(Object state) {
        if (state == null) {
            return null;
        }
        if (state instanceof java.util.Optional<?> optional) {
            return optional.map(this::write).orElse(null);
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            return String.valueOf(state);
        }
    }
}
