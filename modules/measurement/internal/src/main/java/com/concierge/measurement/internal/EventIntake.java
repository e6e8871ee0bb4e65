package com.concierge.measurement.internal;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.kernel.events.Inbox;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.kernel.privacy.PersonalData;
import com.concierge.measurement.internal.intents.IntentProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Writes every integration event it is handed to the event log and the intent records, once per event id. */
@ApplicationScoped
public class EventIntake {

    static final String CONSUMER = "measurement";

    private final Inbox inbox;
    private final EventLog log;
    private final IntentProjection intents;
    private final Clock clock = Clock.systemUTC();

    EventIntake(Inbox inbox, EventLog log, IntentProjection intents) {
        this.inbox = inbox;
        this.log = log;
        this.intents = intents;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(IntegrationEvent received) {
        recordAll(List.of(received));
    }

    /**
     * Records the events not recorded before (the inbox decides, one query for all), in order:
     * the event log, then the intent records. Returns how many were new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recordAll(List<? extends IntegrationEvent> received) {
        Set<UUID> fresh = inbox.firstDeliveries(CONSUMER, received.stream().map(IntegrationEvent::eventId).toList());
        List<IntegrationEvent> events = received.stream().filter(e -> fresh.remove(e.eventId())).map(EventIntake::redacted).toList();
        log.append(events, clock.instant());
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
