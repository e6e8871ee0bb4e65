package com.concierge.reviews.api;

/** Whether a statement speaks well or badly of its aspect. */
public enum Polarity {
    POSITIVE, NEGATIVE, NEUTRAL
}
