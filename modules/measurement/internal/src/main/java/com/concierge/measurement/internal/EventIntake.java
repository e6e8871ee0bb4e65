package com.concierge.measurement.internal;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.kernel.events.Inbox;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.kernel.privacy.PersonalData;
import com.concierge.measurement.api.Measurement;
import com.concierge.measurement.api.RecordedEvent;
import com.concierge.measurement.api.Kpi;
import com.concierge.measurement.internal.intents.IntentProjection;
import com.concierge.measurement.internal.kpi.DailyKpis;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Writes every integration event it is handed to the event log and the intent records, once per event id. */
@ApplicationScoped
public class EventIntake implements Measurement {

    static final String CONSUMER = "measurement";

    private final Inbox inbox;
    private final ObjectMapper json;
    private final IntentProjection intents;
    private final Clock clock = Clock.systemUTC();

    private final DailyKpis kpis;

    EventIntake(Inbox inbox, ObjectMapper json, IntentProjection intents, DailyKpis kpis) {
        this.inbox = inbox;
        this.json = json;
        this.intents = intents;
        this.kpis = kpis;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(IntegrationEvent received) {
        if (!inbox.firstDelivery(CONSUMER, received.eventId())) {
            return;
        }
        IntegrationEvent event = redacted(received);
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
        intents.apply(event);
    }

    /**
     * The shopper's words again through {@link PersonalData} before anything is stored: the
     * assistant redacts them, but the log must not depend on every producer doing so.
     */
    private static IntegrationEvent redacted(IntegrationEvent event) {
        if (event instanceof AssistantTurnTaken t) {
            return new AssistantTurnTaken(t.eventId(), t.occurredAt(), t.conversationId(), t.turn(), t.intent(), t.constraints(), t.shown(),
                    t.receipts(), t.relaxations(), t.answered(), t.refusedTopic(), PersonalData.redact(t.text()), t.category(), t.sponsored(),
                    t.constraintWords().stream().map(PersonalData::redact).toList());
        }
        return event;
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

    @Override
    public List<Kpi> kpis(LocalDate from, LocalDate to, String category) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are required (YYYY-MM-DD)");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw new IllegalArgumentException("from " + from + " to " + to + " is not a range of 1 to 367 days");
        }
        return kpis.stored(from, to, category == null || category.isBlank() ? null : category.strip());
    }

    @Override
    public List<Kpi> recomputeKpis(LocalDate day) {
        return kpis.recompute(day);
    }
}
