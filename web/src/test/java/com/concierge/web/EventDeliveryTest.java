package com.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.NewProduct;
import com.concierge.kernel.Money;
import com.concierge.kernel.events.EventPublisher;
import com.concierge.kernel.events.Outbox;
import com.concierge.measurement.api.Measurement;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox promise, seen from outside: measurement's event log is the consumer whose effect
 * is counted (it de-duplicates by event id), the outbox table is read to see what happened in between.
 */
@QuarkusTest
class EventDeliveryTest {

    @Inject
    Catalog catalog;

    @Inject
    Outbox outbox;

    @Inject
    Measurement measurement;

    @Inject
    EventPublisher publisher;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void deliverAgain() {
        outbox.resume();
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        String sku = "RB-" + UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            catalog.addProduct(product(sku));
            throw new IllegalStateException("payment step failed");
        })).hasMessageContaining("payment step failed");

        assertThat(outboxRows(sku)).isEmpty();
        outbox.deliverPending();
        assertThat(catalog.search(com.concierge.catalog.api.search.SearchQuery.text(sku)).total()).isZero();
        assertThat(measurement.recentEvents(500)).noneMatch(e -> e.payload().contains(sku));
    }

    @Test
    void eventCommittedWhileDeliveryIsStoppedArrivesOnceAfterRestart() {
        outbox.pause(); // the process "crashes" between commit and relay: nothing delivers
        String sku = "CR-" + UUID.randomUUID();
        catalog.addProduct(product(sku));

        UUID eventId = onlyEventFor(sku);
        assertThat(sentAt(eventId)).isNull();
        assertThat(outbox.deliverPending()).isZero();
        assertThat(measurement.timesRecorded(eventId)).isZero();

        outbox.resume(); // "restart": the relay finds the committed row

        await().atMost(Duration.ofSeconds(10)).until(() -> measurement.timesRecorded(eventId) == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> sentAt(eventId) != null);
        assertThat(measurement.timesRecorded(eventId)).isEqualTo(1);
    }

    @Test
    void duplicateDeliveryHasNoSecondEffect() {
        String sku = "DU-" + UUID.randomUUID();
        catalog.addProduct(product(sku));
        UUID eventId = onlyEventFor(sku);
        await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(eventId) != null);

        // A crash after the consumer processed it but before the relay marked it sent:
        outbox.pause();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE kernel_outbox SET sent_at = NULL WHERE event_id = ?1")
                .setParameter(1, eventId).executeUpdate());
        outbox.resume();

        await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(eventId) != null);
        assertThat(attempts(eventId)).isEqualTo(2); // it really was delivered twice
        assertThat(measurement.timesRecorded(eventId)).isEqualTo(1);
    }

    @Test
    void aBacklogShowsOnTheMetricsAndDrainsOldestFirst() {
        outbox.pause();
        List<UUID> events = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String sku = "BL-" + i + "-" + UUID.randomUUID();
            catalog.addProduct(product(sku));
            events.add(onlyEventFor(sku));
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> pendingOnMetrics() >= 3);

        outbox.resume();

        await().atMost(Duration.ofSeconds(15)).until(() -> events.stream().allMatch(id -> sentAt(id) != null));
        assertThat(events).extracting(id -> instant(sentAt(id))).as("delivered in commit order").isSorted();
        await().atMost(Duration.ofSeconds(15)).until(() -> pendingOnMetrics() == 0);
    }

    private static java.time.Instant instant(Object timestamp) {
        return switch (timestamp) {
            case java.time.OffsetDateTime offset -> offset.toInstant();
            case java.time.Instant instant -> instant;
            case java.sql.Timestamp sql -> sql.toInstant();
            default -> throw new IllegalArgumentException("not a timestamp: " + timestamp);
        };
    }

    private static double pendingOnMetrics() {
        String metrics = io.restassured.RestAssured.given().auth().oauth2(com.concierge.web.support.Keycloak.metricsToken()).get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("cc_outbox_pending_events "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst().orElse(Double.NaN);
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        var event = new com.concierge.catalog.api.events.ProductPublished(UUID.randomUUID(), java.time.Instant.now(),
                UUID.randomUUID(), "X", "X", Money.of(1, "USD"));

        assertThatThrownBy(() -> publisher.publish(event))
                .hasMessageContaining("needs an active transaction");
    }

    private static NewProduct product(String sku) {
        return new NewProduct(sku, "Outbox test " + sku, "Acme", "", Money.of(1999, "USD"));
    }

    private List<UUID> outboxRows(String sku) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT event_id FROM kernel_outbox WHERE payload LIKE ?1", UUID.class)
                .setParameter(1, "%" + sku + "%").getResultList());
    }

    private UUID onlyEventFor(String sku) {
        List<UUID> rows = outboxRows(sku);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private Object sentAt(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT sent_at FROM kernel_outbox WHERE event_id = ?1")
                .setParameter(1, eventId).getSingleResult());
    }

    private int attempts(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT attempts FROM kernel_outbox WHERE event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).intValue());
    }
}
