package com.concierge.measurement.internal;

import com.concierge.kernel.events.Inbox;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.measurement.api.Measurement;
import com.concierge.measurement.api.RecordedEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Writes every integration event it is handed to the event log, once per event id. */
@ApplicationScoped
public class EventIntake implements Measurement {

    static final String CONSUMER = "measurement";

    private final Inbox inbox;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    EventIntake(Inbox inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(IntegrationEvent event) {
        if (!inbox.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        LoggedEvent logged = new LoggedEvent();
        logged.eventId = event.eventId();
        logged.eventType = event.getClass().getSimpleName();
        logged.occurredAt = event.occurredAt();
        logged.receivedAt = clock.instant();
        try {
            logged.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + event.getClass().getName(), e);
        }
        logged.persist();
    }

    @Override
    @Transactional
    public long timesRecorded(UUID eventId) {
        return LoggedEvent.count("eventId", eventId);
    }

    @Override
    @Transactional
    public List<RecordedEvent> recentEvents(int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
        return LoggedEvent.<LoggedEvent>findAll(Sort.descending("seq")).page(0, limit).list().stream()
                .map(LoggedEvent::toRecord).toList();
    }
}
