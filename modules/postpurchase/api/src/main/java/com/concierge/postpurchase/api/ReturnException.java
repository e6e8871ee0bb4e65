package com.concierge.postpurchase.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A return that cannot be done as asked, with a kind a client can act on and a detail a person
 * can read; web/ turns it into problem+json with the kind's status.
 */
public class ReturnException extends RuntimeException {

    /** What went wrong; {@link #status()} is the HTTP status. */
    public enum Kind {
        ORDER_NOT_FOUND(404),
        RETURN_NOT_FOUND(404),
        INVALID_REQUEST(400),
        NOT_RETURNABLE(422),
        QUANTITY_NOT_RETURNABLE(422),
        INVALID_TRANSITION(409),
        REQUEST_IN_PROGRESS(409),
        IDEMPOTENCY_KEY_REUSED(422);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** The problem type's last path segment: "not-returnable". */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Kind kind;

    public ReturnException(Kind kind, String detail) {
        super(detail);
        this.kind = Objects.requireNonNull(kind);
    }

    public Kind kind() {
        return kind;
    }
}
