package com.concierge.web;

import static com.concierge.web.support.Shop.rows;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.checkout.api.events.CartLineAdded;
import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.kernel.events.Outbox;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Shop;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Privacy over measurement's records (docs/privacy.md): a shopper reads only their own history,
 * erasure leaves nothing of them in any table, retention purges words, events and records on time
 * and keeps the daily aggregates.
 */
@QuarkusTest
class PrivacyTest {

    @Inject
    Catalog catalog;

    @Inject
    Inventory inventory;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void aShopperSeesOnlyTheirOwnHistoryAndErasureLeavesNothingOfThem() throws Exception {
        String sku = "PV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Shop.stock(catalog, rows(sku + ",25.00,20"));
        UUID product = inventory.sellable(sku).orElseThrow().product();
        String shopperToken = Keycloak.accessToken("shopper");
        String otherToken = Keycloak.accessToken("merchandiser"); // another person, shopping while signed in
        String shopper = given().auth().oauth2(shopperToken).get("/api/me/history").then().statusCode(200).extract().path("shopper");
        String other = given().auth().oauth2(otherToken).get("/api/me/history").then().statusCode(200).extract().path("shopper");

        UUID mine = converse("a quiet blender, write to sam.jones@example.com", shopperToken, sku);
        UUID theirs = converse("a small blender for one", otherToken, sku);
        // an order of the shopper from their conversation (as checkout publishes it), sent through the bulk intake
        UUID order = UUID.randomUUID();
        OrderPlaced placed = new OrderPlaced(UUID.randomUUID(), Instant.now(), order, "CC-PV-1", shopper, "USD", 2_500, 0, 0, 0, 2_500, "US",
                null, true, List.of(mine), List.of(new OrderPlaced.Line(product, sku, Shop.CATEGORY, 1, 2_500, mine, UUID.randomUUID())),
                Instant.now().minusSeconds(60));
        ingest(placed);

        JsonPath history = given().auth().oauth2(shopperToken).get("/api/me/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("conversations.conversation")).contains(mine.toString()).doesNotContain(theirs.toString());
        assertThat(history.getString("conversations.find { it.conversation == '" + mine + "' }.messages[0].text"))
                .isEqualTo("a quiet blender, write to [email]");
        assertThat(history.getList("orders.order")).contains(order.toString());
        assertThat(history.getList("cartAdds.sku")).contains(sku);
        JsonPath theirHistory = given().auth().oauth2(otherToken).get("/api/me/history").then().statusCode(200).extract().jsonPath();
        assertThat(theirHistory.getList("conversations.conversation")).contains(theirs.toString()).doesNotContain(mine.toString());
        assertThat(theirHistory.getList("orders.order")).doesNotContain(order.toString());
        given().get("/api/me/history").then().statusCode(401);

        JsonPath erased = given().auth().oauth2(shopperToken).delete("/api/me/history").then().statusCode(200).extract().jsonPath();
        assertThat(erased.getInt("conversations")).isGreaterThanOrEqualTo(1);
        assertThat(erased.getInt("ordersAnonymised")).isGreaterThanOrEqualTo(1);
        assertThat(erased.getInt("events")).isGreaterThanOrEqualTo(3);

        assertThat(traces(shopper, List.of(mine))).as("nothing of the shopper in any table").isEmpty();
        assertThat(count("select count(*) from measurement_order where order_id = :id", Map.of("id", order)))
                .as("the order stays for the store's figures, without them").isEqualTo(1);
        JsonPath after = given().auth().oauth2(shopperToken).get("/api/me/history").then().statusCode(200).extract().jsonPath();
        assertThat(after.getList("conversations")).isEmpty();
        assertThat(after.getList("orders")).isEmpty();
        assertThat(after.getList("cartAdds")).isEmpty();
        assertThat(given().auth().oauth2(otherToken).get("/api/me/history").then().extract().jsonPath().getList("conversations.conversation"))
                .as("the other shopper keeps theirs").contains(theirs.toString());

        // erasure on request through operations
        given().auth().oauth2(shopperToken).delete("/api/ops/privacy/shoppers/" + other).then().statusCode(403);
        given().auth().oauth2(Keycloak.accessToken("ops")).delete("/api/ops/privacy/shoppers/" + other)
                .then().statusCode(200).body("conversations", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        assertThat(traces(other, List.of(theirs))).isEmpty();
        given().auth().oauth2(Keycloak.accessToken("ops")).queryParam("kind", "shopper")
                .queryParam("subject", com.concierge.web.security.Changes.fingerprint(other)).get("/api/admin/changes").then().statusCode(200)
                .body("changes[0].action", org.hamcrest.Matchers.equalTo("erase")).body("changes[0].after", org.hamcrest.Matchers.containsString("\"conversations\""));
    }

    @Test
    void retentionPurgesWordsEventsAndRecordsOnTimeAndKeepsAggregates() throws Exception {
        LocalDate textExpired = LocalDate.now(ZoneOffset.UTC).minusDays(120);
        LocalDate recordsExpired = LocalDate.now(ZoneOffset.UTC).minusDays(800);
        UUID recent = UUID.randomUUID();
        UUID old = UUID.randomUUID();
        UUID ancient = UUID.randomUUID();
        AssistantTurnTaken recentTurn = turn(recent, Instant.now().minus(10, ChronoUnit.DAYS), "a quiet kettle");
        AssistantTurnTaken oldTurn = turn(old, textExpired.atTime(12, 0).toInstant(ZoneOffset.UTC), "a quiet kettle for tea");
        AssistantTurnTaken ancientTurn = turn(ancient, recordsExpired.atTime(12, 0).toInstant(ZoneOffset.UTC), "a kettle");
        CartLineAdded ancientAdd = new CartLineAdded(UUID.randomUUID(), ancientTurn.occurredAt().plusSeconds(30), UUID.randomUUID(), null,
                ancient, UUID.randomUUID(), "PV-OLD", "kettles", 1, 3_000);
        ingest(recentTurn, oldTurn, ancientTurn, ancientAdd);
        String merchandiser = Keycloak.accessToken("merchandiser");
        given().auth().oauth2(merchandiser).queryParam("day", textExpired.toString()).post("/api/admin/kpis/recompute").then().statusCode(200);

        JsonPath purged = given().auth().oauth2(Keycloak.accessToken("ops")).post("/api/ops/privacy/purge").then().statusCode(200)
                .extract().jsonPath();
        assertThat(purged.getInt("messageTexts")).isGreaterThanOrEqualTo(1);
        assertThat(purged.getInt("conversations")).isGreaterThanOrEqualTo(1);

        assertThat(text(recent)).as("10 days old: kept").isEqualTo("a quiet kettle");
        assertThat(count("select count(*) from measurement_turn where conversation_id = :c and text is null and uncovered_words = '[]'",
                Map.of("c", old))).as("120 days old: the words go, the record stays").isEqualTo(1);
        assertThat(count("select count(*) from measurement_event_log where event_id = :e", Map.of("e", oldTurn.eventId())))
                .as("logged events are kept 90 days").isZero();
        assertThat(count("select count(*) from measurement_event_log where event_id = :e", Map.of("e", recentTurn.eventId()))).isEqualTo(1);
        assertThat(count("select count(*) from measurement_conversation where id = :c", Map.of("c", ancient))
                + count("select count(*) from measurement_turn where conversation_id = :c", Map.of("c", ancient))
                + count("select count(*) from measurement_cart_add where conversation_id = :c", Map.of("c", ancient)))
                .as("800 days old: past the two years records are kept").isZero();
        assertThat(count("select count(*) from measurement_kpi_daily where kpi_day = :d and kpi = 'conversations'", Map.of("d", textExpired)))
                .as("daily aggregates are kept").isPositive();
        assertThat(count("select count(*) from measurement_intent_daily where kpi_day = :d and term = 'quiet'", Map.of("d", textExpired)))
                .isPositive();
        given().auth().oauth2(merchandiser).queryParam("day", recordsExpired.toString()).post("/api/admin/kpis/recompute")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("past their retention period"));
    }

    /** A signed-in shopper's conversation that ends with an add to cart from it. */
    private UUID converse(String message, String token, String sku) {
        UUID conversation = UUID.fromString(Shop.as(token).post("/api/assistant/conversations").then().statusCode(201).extract().path("id"));
        Shop.as(token).body(Map.of("text", message)).post("/api/assistant/conversations/" + conversation + "/messages")
                .then().statusCode(200);
        String cart = Shop.openCart(token);
        Shop.as(token).body(Map.of("sku", sku, "quantity", 1, "conversation", conversation.toString())).post("/api/carts/" + cart + "/items")
                .then().statusCode(200);
        outbox.deliverPending();
        return conversation;
    }

    /** Every row that still names the shopper or one of their conversations, table by table. */
    private List<String> traces(String shopper, List<UUID> conversations) {
        List<String> found = new ArrayList<>();
        for (String table : List.of("measurement_conversation", "measurement_cart_add", "measurement_order", "measurement_event_log")) {
            if (count("select count(*) from " + table + " where owner = :o", Map.of("o", shopper)) > 0) {
                found.add(table + " (owner)");
            }
        }
        for (UUID c : conversations) {
            Map<String, Object> p = Map.of("c", c);
            for (String query : List.of("select count(*) from measurement_conversation where id = :c",
                    "select count(*) from measurement_turn where conversation_id = :c",
                    "select count(*) from measurement_cart_add where conversation_id = :c",
                    "select count(*) from measurement_order_conversation where conversation_id = :c",
                    "select count(*) from measurement_event_log where conversation_id = :c",
                    "select count(*) from measurement_audit where conversation_id = :c",
                    "select count(*) from assistant_conversation where id = :c",
                    "select count(*) from assistant_turn where conversation_id = :c",
                    "select count(*) from assistant_receipt where conversation_id = :c")) {
                if (count(query, p) > 0) {
                    found.add(query);
                }
            }
            if (count("select count(*) from measurement_event_log where payload like :t", Map.of("t", "%" + c + "%")) > 0) {
                found.add("measurement_event_log payload " + c);
            }
            if (count("select count(*) from kernel_outbox where sent_at is not null and payload like :t", Map.of("t", "%" + c + "%")) > 0) {
                found.add("kernel_outbox payload " + c);
            }
        }
        if (count("select count(*) from kernel_outbox where sent_at is not null and payload like :t", Map.of("t", "%" + shopper + "%")) > 0) {
            found.add("kernel_outbox payload (shopper)");
        }
        if (count("select count(*) from kernel_change_log where subject_id = :o or before_state like :t or after_state like :t",
                Map.of("o", shopper, "t", "%" + shopper + "%")) > 0) {
            found.add("kernel_change_log (shopper)");
        }
        return found;
    }

    private long count(String query, Map<String, Object> parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(query);
            parameters.forEach(q::setParameter);
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private String text(UUID conversation) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select text from measurement_turn where conversation_id = :c")
                .setParameter("c", conversation).getSingleResult());
    }

    private void ingest(IntegrationEvent... events) throws Exception {
        StringBuilder body = new StringBuilder();
        for (IntegrationEvent event : events) {
            body.append(json.writeValueAsString(Map.of("eventType", event.getClass().getSimpleName(), "payload", event))).append('\n');
        }
        given().auth().oauth2(Keycloak.accessToken("ops")).contentType("application/x-ndjson").body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/ops/events")
                .then().statusCode(200).body("recorded", org.hamcrest.Matchers.equalTo(events.length));
    }

    private static AssistantTurnTaken turn(UUID conversation, Instant at, String text) {
        return new AssistantTurnTaken(UUID.randomUUID(), at, conversation, 1, "SHOP", List.of("category"), List.of(), List.of(), 0, null,
                null, text, "kettles", List.of(), text.contains("quiet") ? List.of("quiet") : List.of(), List.of("tea"));
    }
}
