package com.concierge.kernel.internal.outbox;

import com.concierge.kernel.events.EventRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.Map;

/** All {@link EventRoute} beans, by event class name. */
@ApplicationScoped
class EventRoutes {

    private final Map<String, EventRoute<?>> byType = new HashMap<>();

    EventRoutes(Instance<EventRoute<?>> routes) {
        for (EventRoute<?> route : routes) {
            EventRoute<?> clash = byType.put(route.type().getName(), route);
            if (clash != null) {
                throw new IllegalStateException("Two routes for " + route.type().getName());
            }
        }
    }

    EventRoute<?> forType(String eventType) {
        EventRoute<?> route = byType.get(eventType);
        if (route == null) {
            throw new IllegalStateException("No EventRoute for " + eventType
                    + ": declare one in the publishing module's internal.messaging package");
        }
        return route;
    }
}
