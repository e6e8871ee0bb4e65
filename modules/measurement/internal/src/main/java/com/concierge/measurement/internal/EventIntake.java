package com.concierge.measurement.internal;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.kernel.privacy.PersonalData;
import com.concierge.measurement.internal.intents.IntentProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

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
        return recordRead(received.stream().map(e -> new ReadEvent(e, null)).toList());
    }

    /**
     * As {@link #recordAll}, for events read from JSON whose payload text may be logged as it came
     * ({@link ReadEvent#payload}) instead of being written again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recordRead(List<ReadEvent> received) {
        List<IntegrationEvent> events = log.appendNew(received.stream().map(EventIntake::redacted).toList(), clock.instant());
        intents.apply(events);
        return events.size();
    }

    /**
     * The shopper's words again through {@link PersonalData} before anything is stored: the
     * assistant redacts them, but the log must not depend on every producer doing so. An event
     * whose words changed loses its payload text, so the log holds the redacted event.
     */
    private static ReadEvent redacted(ReadEvent read) {
        if (read.event() instanceof AssistantTurnTaken t) {
            String text = PersonalData.redact(t.text());
            List<String> constraintWords = redactAll(t.constraintWords());
            List<String> uncoveredWords = redactAll(t.uncoveredWords());
            if (Objects.equals(text, t.text()) && constraintWords == t.constraintWords() && uncoveredWords == t.uncoveredWords()) {
                return read;
            }
            return new ReadEvent(new AssistantTurnTaken(t.eventId(), t.occurredAt(), t.conversationId(), t.turn(), t.intent(), t.constraints(),
                    t.shown(), t.receipts(), t.relaxations(), t.answered(), t.refusedTopic(), text, t.category(), t.sponsored(), constraintWords,
                    uncoveredWords, t.owner()), null);
        }
        return read;
    }

    /** The words redacted, or the same list when none changed. */
    private static List<String> redactAll(List<String> words) {
        List<String> redacted = words.stream().map(PersonalData::redact).toList();
        return redacted.equals(words) ? words : redacted;
    }
}
