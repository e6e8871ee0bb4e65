package com.concierge.kernel.internal.outbox;

import com.concierge.kernel.events.EventPublisher;
import com.concierge.kernel.events.IntegrationEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;

@ApplicationScoped
class OutboxEventPublisher implements EventPublisher {

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final EventRoutes routes;
    private final ObjectMapper json;
    private final OutboxRelay relay;
    private final Clock clock = Clock.systemUTC();

    OutboxEventPublisher(EntityManager entityManager, TransactionSynchronizationRegistry transactions,
                         EventRoutes routes, ObjectMapper json, OutboxRelay relay) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.routes = routes;
        this.json = json;
        this.relay = relay;
    }

    @Override
    public void publish(IntegrationEvent event) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Publishing " + event.getClass().getSimpleName()
                    + " needs an active transaction: the event must commit with the change it reports");
        }
        String channel = routes.forType(event.getClass().getName()).channel();
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + event.getClass().getName(), e);
        }
        entityManager.persist(new OutboxMessage(event.eventId(), event.getClass().getName(), channel, payload,
                event.occurredAt(), clock.instant()));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.nudge(); // deliver now rather than at the next poll
                }
            }
        });
    }
}
