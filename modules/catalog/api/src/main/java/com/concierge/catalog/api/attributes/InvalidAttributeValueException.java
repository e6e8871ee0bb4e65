package com.concierge.catalog.api.attributes;

/**
 * A value an attribute does not accept. {@link #reason()} is stable for reports and tests; the
 * message is for a person.
 */
public class InvalidAttributeValueException extends IllegalArgumentException {

    /** Why a value was refused. */
    public enum Reason {
        MISSING_REQUIRED, NOT_A_NUMBER, MISSING_UNIT, UNKNOWN_UNIT, WRONG_DIMENSION, OUT_OF_RANGE, NOT_ALLOWED, NOT_A_BOOLEAN
    }

    private final String attribute;
    private final Reason reason;

    public InvalidAttributeValueException(String attribute, Reason reason, String message) {
        super(attribute + ": " + message);
        this.attribute = attribute;
        this.reason = reason;
    }

    public String attribute() {
        return attribute;
    }

    public Reason reason() {
        return reason;
    }
}
