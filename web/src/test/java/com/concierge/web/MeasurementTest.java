package com.concierge.web;

import static com.concierge.web.support.Shop.add;
import static com.concierge.web.support.Shop.openCart;
import static com.concierge.web.support.Shop.rows;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.compatibility.Relation;
import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.checkout.api.events.CartLineAdded;
import com.concierge.checkout.api.events.OrderCancelled;
import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.kernel.events.EventPublisher;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.kernel.events.Outbox;
import com.concierge.measurement.api.Measurement;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Shop;
import io.quarkus.narayana.jta.QuarkusTransaction;
import com.concierge.web.support.Talk;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Measurement from events to KPIs: a synthetic event log with known answers (published through the
 * outbox like every producer's) must give exactly the expected values, duplicates and all; the
 * shopper's words are stored redacted; the storefront's interactions and cart adds reach it.
 */
@QuarkusTest
class MeasurementTest {

    /**
     * A day of its own, so that nothing else the suite does lands in it; recent, so that the
     * retention purge (PrivacyTest) leaves its words alone.
     */
    static final LocalDate DATE = LocalDate.now(ZoneOffset.UTC).minusDays(3);
    static final String DAY = DATE.toString();
    static final Instant T = DATE.atTime(9, 0).toInstant(ZoneOffset.UTC);

    @Inject
    EventPublisher events;

    @Inject
    Outbox outbox;

    @Inject
    Catalog catalog;

    @Inject
    Inventory inventory;

    @Inject
    EntityManager em;

    @Inject
    Measurement measurement;

    @Test
    void aSyntheticEventLogGivesExactlyTheExpectedKpis() {
        String base = "ME-BASE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String jar = "ME-JAR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Shop.stock(catalog, rows(base + ",120.00,5", jar + ",30.00,5"));
        UUID baseId = inventory.sellable(base).orElseThrow().product();
        UUID jarId = inventory.sellable(jar).orElseThrow().product();
        catalog.link(jarId, Relation.FITS, baseId, "the 2 L jar");

        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        AssistantTurnTaken aFirst = turn(a, 1, 0, "SHOP", "a quiet blender, call me on (555) 123-4567 or jane@example.com",
                List.of(baseId, jarId, UUID.randomUUID()), List.of(false, true, false), 0, null, null);
        // The same turn published again under a new event id (a producer's retry): counted once, too.
        AssistantTurnTaken aFirstAgain = new AssistantTurnTaken(UUID.randomUUID(), aFirst.occurredAt(), a, 1, aFirst.intent(),
                aFirst.constraints(), aFirst.shown(), aFirst.receipts(), 0, null, null, aFirst.text(), aFirst.category(), aFirst.sponsored(),
                aFirst.constraintWords(), aFirst.uncoveredWords());
        publish(
                aFirst,
                aFirstAgain,
                turn(a, 2, 60, "QUESTION", "is it dishwasher safe?", List.of(), List.of(), 0, true, null),
                cartAdd(a, baseId, base, 120),
                // A buys twice: conversion counts the conversation once; the first order has a jar that fits the base
                order(T.plusSeconds(300), true, List.of(a), line(baseId, base, 12_000, a), line(jarId, jar, 3_000, a)),
                order(T.plusSeconds(400), true, List.of(a), line(baseId, base, 12_000, a)),
                // B: nothing fitted, a question it could not answer, then a person
                turn(b, 1, 3600, "SHOP", "a blender under 10 dollars", List.of(), List.of(), 1, null, null),
                turn(b, 2, 3660, "QUESTION", "does it crush ice?", List.of(), List.of(), 0, false, null),
                new ShopperInteracted(UUID.randomUUID(), T.plusSeconds(3700), b, ShopperInteracted.Kind.HANDOFF_REQUESTED, List.of()),
                // C: a refusal, a card clicked, never an add to cart
                turn(c, 1, 7200, "REFUSED", "what dose of melatonin for my kid", List.of(), List.of(), 0, null, "medical"),
                new ShopperInteracted(UUID.randomUUID(), T.plusSeconds(7300), c, ShopperInteracted.Kind.CARD_CLICKED, List.of(baseId)));
        OrderPlaced unassisted = order(T.plusSeconds(8000), false, List.of(), line(jarId, jar, 3_000, null));
        publish(unassisted, new OrderCancelled(UUID.randomUUID(), T.plusSeconds(9000), unassisted.orderId(),
                unassisted.orderNumber(), "changed my mind", 0, "USD", false));
        outbox.deliverPending();
        // At-least-once: as if the relay died after the consumers acknowledged but before it marked
        // the rows sent; it sends them again, and they must count once.
        List<UUID> resent = List.of(aFirst.eventId(), unassisted.eventId());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update kernel_outbox set sent_at = null where event_id in (:ids)")
                .setParameter("ids", resent).executeUpdate());
        // this call or the scheduled relay (whichever locks the rows first) sends them again
        outbox.deliverPending();
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from kernel_outbox where sent_at is null and event_id in (:ids)")
                .setParameter("ids", resent).getSingleResult()).intValue()) == 0);
        assertThat(measurement.timesRecorded(aFirst.eventId())).isEqualTo(1);
        assertThat(measurement.timesRecorded(unassisted.eventId())).isEqualTo(1);

        String merchandiser = Keycloak.accessToken("merchandiser");
        JsonPath report = given().auth().oauth2(merchandiser).queryParam("day", DAY).post("/api/admin/kpis/recompute")
                .then().statusCode(200).extract().jsonPath();
        assertThat(value(report, "*", "conversations", "*")).isEqualTo(3.0);
        assertThat(value(report, "*", "time_to_confident_choice_p50_s", "*")).isEqualTo(120.0);
        assertThat(value(report, "*", "time_to_confident_choice_p90_s", "*")).isEqualTo(120.0);
        assertThat(value(report, "*", "conversion_rate", "*")).isEqualTo(1.0 / 3);
        assertThat(value(report, "*", "deflection_rate", "*")).as("A's question answered; B's not and handed off").isEqualTo(0.5);
        assertThat(value(report, "*", "refusal_rate", "*")).isEqualTo(1.0 / 5);
        assertThat(value(report, "*", "zero_result_rate", "*")).isEqualTo(0.5);
        assertThat(value(report, "*", "sponsored_share", "*")).isEqualTo(1.0 / 3);
        assertThat(value(report, "blenders", "conversations", "*")).isEqualTo(2.0);
        assertThat(value(report, "(none)", "refusal_rate", "*")).isEqualTo(1.0);

        assertThat(value(report, "*", "orders", "*")).isEqualTo(3.0);
        assertThat(value(report, "*", "orders", "assisted")).isEqualTo(2.0);
        assertThat(value(report, "*", "average_order_value_minor", "assisted")).isEqualTo((15_000 + 12_000) / 2.0);
        assertThat(value(report, "*", "average_order_value_minor", "unassisted")).isEqualTo(3_000.0);
        assertThat(value(report, "*", "attachment_rate", "assisted")).isEqualTo(0.5);
        assertThat(value(report, "*", "attachment_rate", "unassisted")).isEqualTo(0.0);
        assertThat(value(report, "*", "cancellation_rate", "unassisted")).isEqualTo(1.0);
        assertThat(value(report, "*", "return_rate", "assisted")).isEqualTo(0.0);

        JsonPath stored = given().auth().oauth2(merchandiser).queryParam("from", DAY).queryParam("to", DAY).queryParam("category", "*")
                .get("/api/admin/kpis").then().statusCode(200).extract().jsonPath();
        assertThat(value(stored, "*", "orders", "assisted")).isEqualTo(2.0);
        assertThat(stored.getList("kpis.category", String.class)).containsOnly("*");

        String text = (String) em.createNativeQuery("select text from measurement_turn where conversation_id = :c and turn = 1")
                .setParameter("c", a).getSingleResult();
        assertThat(text).isEqualTo("a quiet blender, call me on [phone] or [email]");
        String logged = (String) em.createNativeQuery("select payload from measurement_event_log where event_id = :id")
                .setParameter("id", aFirst.eventId()).getSingleResult();
        assertThat(logged).as("the event log keeps the redacted words only").contains("call me on [phone] or [email]")
                .doesNotContain("123-4567").doesNotContain("jane@example.com");
    }

    @Test
    void aPartBoughtLaterForWhatTheSameShopperBoughtBeforeCountsAsAttached() {
        String base = "ME-LATER-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String jar = "ME-LJAR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Shop.stock(catalog, rows(base + ",120.00,5", jar + ",30.00,5"));
        UUID baseId = inventory.sellable(base).orElseThrow().product();
        UUID jarId = inventory.sellable(jar).orElseThrow().product();
        catalog.link(jarId, Relation.FITS, baseId, "the 2 L jar");
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(19); // a day of its own
        Instant at = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        String shopper = "attach-" + UUID.randomUUID();
        OrderPlaced blender = owned(order(at.minus(java.time.Duration.ofDays(30)), false, List.of(), line(baseId, base, 12_000, null)), shopper);
        OrderPlaced jarLater = owned(order(at, false, List.of(), line(jarId, jar, 3_000, null)), shopper);
        OrderPlaced guestsJar = order(at.plusSeconds(60), false, List.of(), line(jarId, jar, 3_000, null));
        OrderPlaced othersJar = owned(order(at.plusSeconds(120), false, List.of(), line(jarId, jar, 3_000, null)), "someone-else-" + UUID.randomUUID());
        publish(blender, jarLater, guestsJar, othersJar);
        outbox.deliverPending();

        List<com.concierge.measurement.api.Kpi> kpis = measurement.recomputeKpis(day).stream()
                .filter(k -> k.category().equals(com.concierge.measurement.api.Kpi.ALL) && k.name().equals("attachment_rate") && k.split().equals("*"))
                .toList();
        assertThat(kpis).singleElement().satisfies(k -> {
            assertThat(k.numerator()).as("the jar for the blender the shopper bought last month").isEqualTo(1);
            assertThat(k.denominator()).isEqualTo(3);
        });
    }

    private static OrderPlaced owned(OrderPlaced o, String owner) {
        return new OrderPlaced(o.eventId(), o.occurredAt(), o.orderId(), o.orderNumber(), owner, o.currency(), o.subtotalMinor(), o.discountMinor(),
                o.shippingMinor(), o.taxMinor(), o.totalMinor(), o.region(), o.discountCode(), o.assisted(), o.conversations(), o.lines(),
                o.cartCreatedAt());
    }

    @Test
    void kpiRequestsAreCheckedAndForMerchandisersOnly() {
        String merchandiser = Keycloak.accessToken("merchandiser");
        given().auth().oauth2(merchandiser).queryParam("from", "2026-13-01").get("/api/admin/kpis")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("from must be a day as YYYY-MM-DD"));
        given().auth().oauth2(merchandiser).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/admin/kpis")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("is not a range"));
        given().get("/api/admin/kpis").then().statusCode(401);
        given().auth().oauth2(Keycloak.accessToken("shopper")).get("/api/admin/kpis").then().statusCode(403);
    }

    @Test
    void interactionsAndCartAddsFromTheStorefrontReachMeasurement() {
        String sku = "ME-ADD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Shop.stock(catalog, rows(sku + ",40.00,5"));
        UUID product = inventory.sellable(sku).orElseThrow().product();
        String conversation = Talk.start();

        Talk.as(conversation).contentType(ContentType.JSON).body(Map.of("kind", "CARD_CLICKED", "products", List.of(product)))
                .post("/api/assistant/conversations/" + conversation + "/interactions").then().statusCode(202);
        Talk.as(conversation).contentType(ContentType.JSON).body(Map.of("kind", "COMPARE_USED", "products", List.of(product)))
                .post("/api/assistant/conversations/" + conversation + "/interactions")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("two to four different products"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "HANDOFF_REQUESTED"))
                .post("/api/assistant/conversations/" + UUID.randomUUID() + "/interactions").then().statusCode(404);
        Talk.as(conversation).contentType(ContentType.JSON).body(Map.of("kind", "WAVED"))
                .post("/api/assistant/conversations/" + conversation + "/interactions").then().statusCode(400);

        String cart = openCart(null);
        Shop.as(null).header(Talk.TOKEN_HEADER, Talk.token(conversation)).body(Map.of("sku", sku, "quantity", 2, "conversation", conversation)).post("/api/carts/" + cart + "/items")
                .then().statusCode(200);
        outbox.deliverPending();

        Object[] facts = (Object[]) em.createNativeQuery("select card_clicks, first_cart_add_at from measurement_conversation where id = :c")
                .setParameter("c", UUID.fromString(conversation)).getSingleResult();
        assertThat(((Number) facts[0]).intValue()).isEqualTo(1);
        assertThat(facts[1]).as("the add to cart from the conversation").isNotNull();
        Object[] added = (Object[]) em.createNativeQuery("select quantity, sku from measurement_cart_add where cart_id = :c")
                .setParameter("c", UUID.fromString(cart)).getSingleResult();
        assertThat(((Number) added[0]).intValue()).isEqualTo(2);
        assertThat(added[1]).isEqualTo(sku);
    }

    private void publish(IntegrationEvent... published) {
        QuarkusTransaction.requiringNew().run(() -> List.of(published).forEach(events::publish));
    }

    private static AssistantTurnTaken turn(UUID conversation, int number, int atSecond, String intent, String text, List<UUID> shown,
                                           List<Boolean> sponsored, int relaxations, Boolean answered, String refused) {
        return new AssistantTurnTaken(UUID.randomUUID(), T.plusSeconds(atSecond), conversation, number, intent, List.of("price"), shown,
                shown.stream().map(s -> UUID.randomUUID()).toList(), relaxations, answered, refused, text,
                "REFUSED".equals(intent) ? null : "blenders", sponsored, List.of("quiet"), List.of());
    }

    private static CartLineAdded cartAdd(UUID conversation, UUID product, String sku, int atSecond) {
        return new CartLineAdded(UUID.randomUUID(), T.plusSeconds(atSecond), UUID.randomUUID(), null, conversation, product, sku,
                Shop.CATEGORY, 1, 12_000);
    }

    private static OrderPlaced.Line line(UUID product, String sku, long price, UUID conversation) {
        return new OrderPlaced.Line(product, sku, Shop.CATEGORY, 1, price, conversation, conversation == null ? null : UUID.randomUUID());
    }

    private static OrderPlaced order(Instant at, boolean assisted, List<UUID> conversations, OrderPlaced.Line... lines) {
        long total = List.of(lines).stream().mapToLong(OrderPlaced.Line::unitPriceMinor).sum();
        return new OrderPlaced(UUID.randomUUID(), at, UUID.randomUUID(), "CC-TEST-" + at.getEpochSecond() % 10_000, null, "USD", total, 0,
                0, 0, total, "US", null, assisted, conversations, List.of(lines), at.minusSeconds(600));
    }

    static Double value(JsonPath report, String category, String name, String split) {
        // as doubles: JsonPath's default (float) would turn 1/3 into 0.33333334
        List<Map<String, Object>> kpis = report.using(JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.DOUBLE)).getList("kpis");
        return kpis.stream().filter(k -> category.equals(k.get("category")) && name.equals(k.get("name")) && split.equals(k.get("split")))
                .findFirst().map(k -> k.get("value") == null ? null : ((Number) k.get("value")).doubleValue())
                .orElseThrow(() -> new AssertionError("no " + name + "/" + split + " for " + category));
    }
}
