package com.concierge.measurement.internal;

import com.concierge.kernel.events.IntegrationEvent;

/**
 * An event as the intake received it. {@code payload} is the event's JSON exactly as it was read,
 * when the reader checked it holds nothing but the event's own fields (so the log can keep the
 * text instead of writing the event again), or null, in which case the log writes the event.
 */
public record ReadEvent(IntegrationEvent event, String payload) {
}
