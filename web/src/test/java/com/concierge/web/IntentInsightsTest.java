package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.checkout.api.events.CartLineAdded;
import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.kernel.events.Outbox;
import com.concierge.web.support.Keycloak;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import com.concierge.web.support.Talk;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Intent analytics, intent exports, answer audits and the KPI dashboard and gauges, from a
 * synthetic event log sent through the bulk intake (with known answers) and from real conversations.
 */
@QuarkusTest
class IntentInsightsTest {

    /** Days of their own (MeasurementTest has three days ago); recent, so the retention purge leaves them alone. */
    static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(6);
    static final LocalDate BEFORE = DAY.minusDays(1);
    static final List<String> NOISE_AND_PRICE = List.of("category", "attr.noise", "price");

    @Inject
    ObjectMapper json;

    @Inject
    Outbox outbox;

    @TestHTTPResource("/admin/kpis")
    URI dashboard;

    @Test
    void analyticsAndExportsFromASyntheticEventLog() throws Exception {
        UUID p1 = UUID.randomUUID();
        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        UUID c3 = UUID.randomUUID();
        UUID c4 = UUID.randomUUID();
        UUID shownProduct = UUID.randomUUID();
        AssistantTurnTaken c4Turn = turn(c4, 1, at(DAY, 400), "a giftable blender", List.of("category", "reason"), List.of(shownProduct), 0,
                List.of("giftable"), List.of());
        List<IntegrationEvent> log = List.of(
                // the day before: "quiet" once
                turn(p1, 1, at(BEFORE, 0), "a quiet blender", NOISE_AND_PRICE, List.of(shownProduct), 0, List.of("quiet"), List.of()),
                // c1: nothing found, then found and added to cart (and ordered): not abandoned
                turn(c1, 1, at(DAY, 0), "=HYPERLINK(\"http://x\") a quiet blender for smoothie bowls", NOISE_AND_PRICE, List.of(), 0,
                        List.of("quiet"), List.of("smoothie bowls")),
                turn(c1, 2, at(DAY, 60), "any brand", NOISE_AND_PRICE, List.of(shownProduct), 0, List.of("quiet"), List.of()),
                new CartLineAdded(UUID.randomUUID(), at(DAY, 90), UUID.randomUUID(), null, c1, shownProduct, "II-SKU-1", "blenders", 1, 9_900),
                new OrderPlaced(UUID.randomUUID(), at(DAY, 200), UUID.randomUUID(), "CC-II-1", null, "USD", 9_900, 0, 0, 0, 9_900, "US", null,
                        true, List.of(c1), List.of(new OrderPlaced.Line(shownProduct, "II-SKU-1", "blenders", 1, 9_900, c1, UUID.randomUUID())),
                        at(DAY, 80)),
                // c2: nothing found, relaxation offered; an e-mail address in the message
                turn(c2, 1, at(DAY, 100), "quiet blender for smoothie bowls under $150, mail me at jo@example.com", NOISE_AND_PRICE, List.of(), 2,
                        List.of("quiet", "under $150"), List.of("smoothie bowls")),
                // c3: recommendations, then nothing: abandoned
                turn(c3, 1, at(DAY, 300), "a quiet zorblax blender", NOISE_AND_PRICE, List.of(shownProduct), 0, List.of("quiet"), List.of("zorblax")),
                // c4: recommendations and a card clicked
                c4Turn,
                new ShopperInteracted(UUID.randomUUID(), at(DAY, 420), c4, ShopperInteracted.Kind.CARD_CLICKED, List.of(shownProduct)));
        List<String> lines = new ArrayList<>();
        for (IntegrationEvent event : log) {
            lines.add(line(event));
        }
        lines.add(2, "this is not JSON");
        lines.add("{\"eventType\": \"Bogus\", \"payload\": {}}");
        lines.add(line(c4Turn)); // the same event again: recorded once

        String ops = Keycloak.accessToken("ops");
        JsonPath report = given().auth().oauth2(ops).contentType("application/x-ndjson").body(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/ops/events").then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("lines")).isEqualTo(lines.size());
        assertThat(report.getLong("recorded")).isEqualTo(log.size());
        assertThat(report.getLong("duplicates")).isEqualTo(1);
        assertThat(report.getLong("rejected")).isEqualTo(2);
        assertThat(report.getList("rejections.line", Long.class)).containsExactly(3L, (long) lines.size() - 1);
        assertThat(report.getString("rejections[0].error")).contains("not JSON");
        assertThat(report.getString("rejections[1].error")).contains("eventType 'Bogus' is not one of");
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/x-ndjson").body(lines.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/ops/events").then().statusCode(403);

        String merchandiser = Keycloak.accessToken("merchandiser");
        for (LocalDate day : List.of(BEFORE, DAY)) {
            given().auth().oauth2(merchandiser).queryParam("day", day.toString()).post("/api/admin/kpis/recompute").then().statusCode(200);
        }
        JsonPath analytics = given().auth().oauth2(merchandiser).queryParam("from", DAY.toString()).queryParam("to", DAY.toString())
                .queryParam("category", "blenders").get("/api/admin/intents/analytics").then().statusCode(200).extract().jsonPath()
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
        Map<String, Object> quiet = find(analytics.getList("words"), "quiet");
        assertThat(((Number) quiet.get("conversations")).longValue()).as("c1, c2, c3").isEqualTo(3);
        assertThat(((Number) quiet.get("previousConversations")).longValue()).isEqualTo(1);
        assertThat(((Number) quiet.get("trend")).doubleValue()).isEqualTo(2.0);
        assertThat(((Number) find(analytics.getList("words"), "under $150").get("conversations")).longValue()).isEqualTo(1);
        assertThat(find(analytics.getList("words"), "under $150").get("trend")).as("new: not used before").isNull();
        assertThat(analytics.getList("uncovered.term", String.class)).as("zorblax: one conversation only").containsExactly("smoothie bowls");
        Map<String, Object> intent = find(analytics.getList("intents"), "blenders: attr.noise + price");
        assertThat(((Number) intent.get("conversations")).longValue()).isEqualTo(3);
        assertThat(((Number) intent.get("turns")).longValue()).isEqualTo(4);
        Map<String, Object> unmet = analytics.<Map<String, Object>>getList("unmet").get(0);
        assertThat(unmet.get("intent")).isEqualTo("blenders: attr.noise + price");
        assertThat(((Number) unmet.get("conversations")).longValue()).as("c1 and c2 found nothing, c3 was left").isEqualTo(3);
        assertThat(((Number) unmet.get("zeroResult")).longValue()).isEqualTo(2);
        assertThat(((Number) unmet.get("relaxed")).longValue()).isEqualTo(1);
        assertThat(((Number) unmet.get("abandoned")).longValue()).isEqualTo(1);
        assertThat((List<Object>) unmet.get("examples")).hasSize(2)
                .contains("quiet blender for smoothie bowls under $150, mail me at [email]");
        assertThat(analytics.getList("unmet.intent", String.class)).doesNotContain("blenders: reason");

        String csv = given().auth().oauth2(merchandiser).queryParam("from", DAY.toString()).queryParam("to", DAY.toString())
                .queryParam("format", "csv").get("/api/admin/intents/export")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("intents-" + DAY + "-" + DAY + ".csv")).extract().asString();
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).startsWith("conversation,started_at,conversation_category,signed_in,turn,at,intent");
        assertThat(rows).as("a header and one row per message: c1 ×2, c2, c3, c4").hasSize(6);
        assertThat(csv).as("a formula typed by a shopper stays text in a spreadsheet").contains("\"'=HYPERLINK(\"\"http://x\"\")")
                .contains("mail me at [email]").doesNotContain("jo@example.com");
        assertThat(rows.stream().filter(r -> r.startsWith(c1.toString()))).allSatisfy(r -> assertThat(r).contains("II-SKU-1"));

        String jsonl = given().auth().oauth2(merchandiser).queryParam("from", DAY.toString()).queryParam("to", DAY.toString())
                .get("/api/admin/intents/export").then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString();
        List<String> records = jsonl.lines().toList();
        assertThat(records).hasSize(4);
        Map<?, ?> first = json.readValue(records.stream().filter(r -> r.contains(c1.toString())).findFirst().orElseThrow(), Map.class);
        assertThat((List<?>) first.get("messages")).hasSize(2);
        assertThat((List<?>) first.get("cartAdds")).hasSize(1);
        assertThat(((List<Map<String, Object>>) first.get("orders")).get(0).get("skus")).isEqualTo(List.of("II-SKU-1"));

        given().auth().oauth2(merchandiser).queryParam("format", "xlsx").get("/api/admin/intents/export")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("format must be csv or jsonl"));
        given().auth().oauth2(Keycloak.accessToken("shopper")).get("/api/admin/intents/export").then().statusCode(403);

        // the dashboard shows the same range, charted
        HttpResponse<String> page = Keycloak.openSignedIn(Keycloak.browser(),
                URI.create(dashboard + "?from=" + DAY + "&to=" + DAY + "&category=blenders"), "merchandiser");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg", "<polyline", "id=\"chart-conversion_rate\"", "smoothie bowls", "blenders: attr.noise + price")
                .contains("<dt>Conversations</dt><dd>4</dd>")
                .doesNotContain("zorblax");
    }

    @Test
    void theDashboardExplainsBadInputAndIsForMerchandisersOnly() {
        HttpResponse<String> bad = Keycloak.openSignedIn(Keycloak.browser(), URI.create(dashboard + "?from=yesterday"), "merchandiser");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("from must be a day as YYYY-MM-DD, was &#39;yesterday&#39;").contains("value=\"yesterday\"");
        HttpResponse<String> shopper = Keycloak.openSignedIn(Keycloak.browser(), dashboard, "shopper");
        assertThat(shopper.statusCode()).isEqualTo(403);
    }

    @Test
    void answersAreSampledForAuditGradedAndScored() {
        String conversation = Talk.start();
        Talk.as(conversation).contentType(ContentType.JSON).body(Map.of("text", "a quiet blender under $150, text me on 555-123-4567"))
                .post("/api/assistant/conversations/" + conversation + "/messages").then().statusCode(200);
        outbox.deliverPending();
        String merchandiser = Keycloak.accessToken("merchandiser");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        List<Map<String, Object>> sampled = given().auth().oauth2(merchandiser).queryParam("day", today).post("/api/admin/audits/sample")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> item = sampled.stream().filter(i -> conversation.equals(i.get("conversation"))).findFirst()
                .orElseThrow(() -> new AssertionError("the conversation's answer was not sampled"));
        assertThat(item.get("status")).isEqualTo("OPEN");
        assertThat(item.get("question")).isEqualTo("a quiet blender under $150, text me on [phone]");
        assertThat(((Map<?, ?>) item.get("answer")).get("reply")).asString().isNotBlank();
        List<Object> again = given().auth().oauth2(merchandiser).queryParam("day", today).post("/api/admin/audits/sample")
                .then().statusCode(200).extract().jsonPath().getList("conversation");
        assertThat(again).as("an answer is sampled once").doesNotContain(conversation);

        String id = (String) item.get("id");
        given().auth().oauth2(merchandiser).contentType(ContentType.JSON).body(Map.of("accuracy", 6, "policy", 5, "tone", 5))
                .post("/api/admin/audits/" + id + "/grade").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("accuracy must be a score from 1 to 5, was 6"));
        given().auth().oauth2(merchandiser).contentType(ContentType.JSON).body(Map.of("accuracy", 5, "policy", 5))
                .post("/api/admin/audits/" + id + "/grade").then().statusCode(400).body("detail", containsString("tone must be a score"));
        given().auth().oauth2(merchandiser).contentType(ContentType.JSON).body(Map.of("accuracy", 5, "policy", 5, "tone", 5))
                .post("/api/admin/audits/" + UUID.randomUUID() + "/grade").then().statusCode(404);
        given().auth().oauth2(merchandiser).contentType(ContentType.JSON)
                .body(Map.of("accuracy", 5, "policy", 4, "tone", 3, "comment", "Right product; reply a little curt."))
                .post("/api/admin/audits/" + id + "/grade").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("GRADED")).body("grade.gradedBy", org.hamcrest.Matchers.notNullValue());

        assertThat(given().auth().oauth2(merchandiser).queryParam("status", "graded").get("/api/admin/audits")
                .then().statusCode(200).extract().jsonPath().getList("id")).contains(id);
        given().auth().oauth2(merchandiser).queryParam("status", "maybe").get("/api/admin/audits").then().statusCode(400);
        JsonPath kpis = given().auth().oauth2(merchandiser).queryParam("from", today).queryParam("to", today).queryParam("category", "*")
                .get("/api/admin/kpis").then().statusCode(200).extract().jsonPath()
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
        Map<String, Object> score = kpis.<Map<String, Object>>getList("kpis").stream().filter(k -> "audit_score".equals(k.get("name")))
                .findFirst().orElseThrow();
        assertThat(((Number) score.get("value")).doubleValue()).as("(5 + 4 + 3) / 3, the only graded answer of today").isEqualTo(4.0);
        assertThat(((Number) score.get("denominator")).doubleValue()).isEqualTo(3.0);

        String metrics = given().auth().oauth2(com.concierge.web.support.Keycloak.metricsToken()).get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("cc_kpi{kpi=\"audit_score\",split=\"all\",window=\"7d\"}")
                .contains("cc_kpi{kpi=\"attachment_rate\",split=\"assisted\",window=\"7d\"}");
    }

    @Test
    void twoBulkRequestsAboutOneConversationAtOnceBothCount() throws Exception {
        // A category of its own, so the day's KPIs for it are this conversation's alone.
        String category = "concurrent-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = DAY.minusDays(6); // a day of its own, so the other test's exports stay as they are
        UUID conversation = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int n = 1; n <= 50; n++) {
            // the first request: 10 refusals among its 50 turns; the second: 25 sponsored cards among its 50
            first.add(line(new AssistantTurnTaken(UUID.randomUUID(), at(day, n), conversation, n, n <= 10 ? "REFUSED" : "SHOP", List.of(),
                    List.of(product), List.of(UUID.randomUUID()), 0, null, n <= 10 ? "medical" : null, "turn " + n, category, List.of(false),
                    List.of(), List.of())));
            second.add(line(new AssistantTurnTaken(UUID.randomUUID(), at(day, 50 + n), conversation, 50 + n, "SHOP", List.of(),
                    List.of(product), List.of(UUID.randomUUID()), 0, null, null, "turn " + (50 + n), category, List.of(n <= 25), List.of(),
                    List.of())));
        }
        // one line with the payload first: read the general way, recorded all the same
        Map<String, Object> payloadFirst = new java.util.LinkedHashMap<>();
        payloadFirst.put("payload", new ShopperInteracted(UUID.randomUUID(), at(day, 200), conversation, ShopperInteracted.Kind.CARD_CLICKED,
                List.of(product)));
        payloadFirst.put("eventType", "ShopperInteracted");
        second.add(json.writeValueAsString(payloadFirst));
        List<JsonPath> sent = sendAtOnce(List.of(first, second));
        assertThat(sent.get(0).getLong("recorded")).isEqualTo(50);
        assertThat(sent.get(1).getLong("recorded")).isEqualTo(51);

        JsonPath report = given().auth().oauth2(Keycloak.accessToken("merchandiser")).queryParam("day", day.toString()).post("/api/admin/kpis/recompute")
                .then().statusCode(200).extract().jsonPath();
        assertThat(MeasurementTest.value(report, category, "conversations", "*")).isEqualTo(1.0);
        assertThat(MeasurementTest.value(report, category, "refusal_rate", "*")).as("10 refusals among 100 turns").isEqualTo(0.1);
        assertThat(MeasurementTest.value(report, category, "sponsored_share", "*")).as("25 sponsored among 100 impressions").isEqualTo(0.25);
    }

    @Test
    void aTurnOrOrderSentAgainUnderNewEventIdsCountsOnceEvenFromTwoRequestsAtOnce() throws Exception {
        String category = "resent-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = DAY.minusDays(9); // a day of its own, like the test above
        UUID conversation = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        AssistantTurnTaken refused = new AssistantTurnTaken(UUID.randomUUID(), at(day, 1), conversation, 1, "REFUSED", List.of(), List.of(),
                List.of(), 0, null, "medical", "turn 1", category, List.of(), List.of(), List.of());
        AssistantTurnTaken second = new AssistantTurnTaken(UUID.randomUUID(), at(day, 2), conversation, 2, "SHOP", List.of(), List.of(product),
                List.of(UUID.randomUUID()), 0, null, null, "turn 2", category, List.of(false), List.of(), List.of());
        AssistantTurnTaken third = new AssistantTurnTaken(UUID.randomUUID(), at(day, 3), conversation, 3, "REFINE", List.of(), List.of(product),
                List.of(UUID.randomUUID()), 0, null, null, "turn 3", category, List.of(false), List.of(), List.of());
        OrderPlaced order = new OrderPlaced(UUID.randomUUID(), at(day, 100), UUID.randomUUID(), "CC-RESENT", null, "USD", 5_000, 0, 0, 0,
                5_000, "US", null, true, List.of(conversation),
                List.of(new OrderPlaced.Line(product, "SKU-RESENT", category, 1, 5_000, conversation, UUID.randomUUID())), at(day, 50));
        // A producer's retries: the same turn or order under a new event id, in one request and across two sent at once.
        List<String> first = List.of(line(refused), resent(refused), line(second), line(order), resent(order));
        List<String> other = List.of(resent(refused), resent(second), line(third), resent(order));
        List<JsonPath> sent = sendAtOnce(List.of(first, other));
        assertThat(sent.get(0).getLong("recorded")).as("every event id is new to the log").isEqualTo(5);
        assertThat(sent.get(1).getLong("recorded")).isEqualTo(4);

        JsonPath report = given().auth().oauth2(Keycloak.accessToken("merchandiser")).queryParam("day", day.toString()).post("/api/admin/kpis/recompute")
                .then().statusCode(200).extract().jsonPath();
        assertThat(MeasurementTest.value(report, category, "conversations", "*")).isEqualTo(1.0);
        assertThat(MeasurementTest.value(report, category, "refusal_rate", "*")).as("1 refusal among 3 turns, each counted once").isEqualTo(1.0 / 3);
        assertThat(MeasurementTest.value(report, category, "orders", "*")).as("one order, sent three times").isEqualTo(1.0);
        assertThat(MeasurementTest.value(report, category, "conversion_rate", "*")).isEqualTo(1.0);
    }

    /** Each list of lines as one bulk request, all sent at once; their reports, in order. */
    private static List<JsonPath> sendAtOnce(List<List<String>> requests) {
        String ops = Keycloak.accessToken("ops");
        return requests.stream()
                .map(lines -> java.util.concurrent.CompletableFuture.supplyAsync(() -> given().auth().oauth2(ops).contentType("application/x-ndjson")
                        .body(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/ops/events")
                        .then().statusCode(200).extract().jsonPath()))
                .toList() // every request started before any is waited for
                .stream().map(java.util.concurrent.CompletableFuture::join).toList();
    }

    /** The event's line with another event id. */
    private String resent(IntegrationEvent event) throws Exception {
        return line(event).replace(event.eventId().toString(), UUID.randomUUID().toString());
    }

    private String line(IntegrationEvent event) throws Exception {
        return json.writeValueAsString(Map.of("eventType", event.getClass().getSimpleName(), "payload", event));
    }

    private static Map<String, Object> find(List<Map<String, Object>> terms, String term) {
        return terms.stream().filter(t -> term.equals(t.get("term"))).findFirst().orElseThrow(() -> new AssertionError("no " + term + " in " + terms));
    }

    private static Instant at(LocalDate day, int second) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC).plusSeconds(second);
    }

    private static AssistantTurnTaken turn(UUID conversation, int number, Instant at, String text, List<String> fields, List<UUID> shown,
                                           int relaxations, List<String> words, List<String> uncovered) {
        return new AssistantTurnTaken(UUID.randomUUID(), at, conversation, number, number == 1 ? "SHOP" : "REFINE", fields, shown,
                shown.stream().map(s -> UUID.randomUUID()).toList(), relaxations, null, null, text, "blenders",
                shown.stream().map(s -> false).toList(), words, uncovered);
    }
}
