package com.concierge.measurement.internal;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.kernel.privacy.PersonalData;
import com.concierge.measurement.internal.intents.IntentProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Writes every integration event it is handed to the event log and the intent records, once per
 * event id: the event log's unique id decides what is new (ADR 0013), so a redelivered or
 * re-imported event has no second effect.
 */
@ApplicationScoped
public class EventIntake {

    private final EventLog log;
    private final IntentProjection intents;
    private final Clock clock = Clock.systemUTC();

    EventIntake(EventLog log, IntentProjection intents) {
        this.log = log;
        this.intents = intents;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(IntegrationEvent received) {
        recordAll(List.of(received));
    }

    /**
     * Records the events not recorded before, in order: the event log (which says which are new),
     * then the intent records. Returns how many were new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recordAll(List<? extends IntegrationEvent> received) {
        List<IntegrationEvent> events = log.appendNew(received.stream().map(EventIntake::redacted).toList(), clock.instant());
        intents.apply(events);
        return events.size();
    }

    /**
     * The shopper's words again through {@link PersonalData} before anything is stored: the
     * assistant redacts them, but the log must not depend on every producer doing so.
     */
    private static IntegrationEvent redacted(IntegrationEvent event) {
        if (event instanceof AssistantTurnTaken t) {
            return new AssistantTurnTaken(t.eventId(), t.occurredAt(), t.conversationId(), t.turn(), t.intent(), t.constraints(), t.shown(),
                    t.receipts(), t.relaxations(), t.answered(), t.refusedTopic(), PersonalData.redact(t.text()), t.category(), t.sponsored(),
                    t.constraintWords().stream().map(PersonalData::redact).toList(), t.uncoveredWords().stream().map(PersonalData::redact).toList());
        }
        return event;
    }
}
