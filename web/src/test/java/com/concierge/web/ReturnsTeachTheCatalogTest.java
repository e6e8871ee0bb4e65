package com.concierge.web;

import static com.concierge.web.support.Shop.add;
import static com.concierge.web.support.Shop.as;
import static com.concierge.web.support.Shop.order;
import static com.concierge.web.support.Shop.place;
import static com.concierge.web.support.Shop.shipToUs;
import static com.concierge.web.support.Shop.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.kernel.events.Outbox;
import com.concierge.measurement.api.Measurement;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Shop;
import com.concierge.web.support.Talk;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Returns teach the catalog (docs/postpurchase.md#returns-teach-the-catalog): a blender the assistant
 * recommended as quiet, bought from that conversation and sent back as too loud, opens a data-quality
 * ticket on the noise claim with the receipt, the order and the return; a second such return adds to
 * it; a change of heart opens nothing.
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class ReturnsTeachTheCatalogTest {

    @Inject
    Outbox outbox;

    @Inject
    Measurement measurement;

    /** A guest asks for a quiet blender, buys the first card from the conversation, and it is delivered; the order's JSON. */
    private static JsonPath boughtFromTheAssistant(int card) {
        String conversation = Talk.start();
        JsonPath turn = Talk.say(conversation, "a quiet blender for smoothies under $150");
        String sku = turn.getString("recommendations[" + card + "].variant");
        String cart = as(null).header(Talk.TOKEN_HEADER, Talk.token(conversation)).body(Map.of("conversation", conversation)).post("/api/carts")
                .then().statusCode(201).extract().path("id");
        add(null, cart, sku, 1);
        JsonPath placed = place(order(shipToUs(null, cart), token(Shop.VISA))).then().statusCode(201).extract().jsonPath();
        String staff = Keycloak.accessToken("merchandiser");
        as(staff).post("/api/admin/orders/" + placed.getString("id") + "/fulfil").then().statusCode(200);
        as(staff).post("/api/admin/orders/" + placed.getString("id") + "/deliver").then().statusCode(200);
        assertThat(placed.getString("lines[0].receipt")).as("the line is attributed to its receipt").isNotBlank();
        return placed;
    }

    private static JsonPath sendBack(JsonPath order, String reason) {
        return as(null).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("lines", List.of(Map.of("sku", order.getString("lines[0].sku"), "quantity", 1)), "reason", reason))
                .post("/api/orders/" + order.getString("id") + "/returns").then().statusCode(201).extract().jsonPath();
    }

    private static List<Map<String, Object>> tickets() {
        return as(Keycloak.accessToken("ops")).get("/api/admin/returns/tickets").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void aTooLoudReturnOfABlenderRecommendedAsQuietOpensATicketOnTheNoiseClaim() {
        JsonPath first = boughtFromTheAssistant(0);
        String product = first.getString("lines[0].product");
        String receipt = first.getString("lines[0].receipt");
        JsonPath ret = sendBack(first, "too-loud");

        List<Map<String, Object>> onIt = tickets().stream().filter(t -> product.equals(t.get("product"))).toList();
        assertThat(onIt).as("tickets on the returned blender").isNotEmpty();
        assertThat(onIt).extracting(t -> (String) t.get("subject")).allMatch(s -> s.contains("noise") || s.contains("quiet"));
        Map<String, Object> ticket = onIt.get(0);
        assertThat(ticket).containsEntry("reason", "TOO_LOUD").containsEntry("returns", 1).containsEntry("sku", first.getString("lines[0].sku"));
        @SuppressWarnings("unchecked")
        Map<String, Object> firstCase = ((List<Map<String, Object>>) ticket.get("cases")).get(0);
        assertThat(firstCase)
                .containsEntry("returnNumber", ret.getString("number")).containsEntry("orderNumber", first.getString("number"))
                .containsEntry("receipt", receipt);

        JsonPath again = boughtFromTheAssistant(0);
        assertThat(again.getString("lines[0].product")).isEqualTo(product);
        sendBack(again, "too-loud");
        Map<String, Object> grown = tickets().stream().filter(t -> product.equals(t.get("product")) && ticket.get("subject").equals(t.get("subject")))
                .findFirst().orElseThrow();
        long price = first.getLong("lines[0].unitPrice.minorUnits");
        assertThat(grown).containsEntry("returns", 2);
        assertThat(((Number) ((Map<?, ?>) grown.get("revenueAtRisk")).get("minorUnits")).longValue()).isEqualTo(price + again.getLong("lines[0].unitPrice.minorUnits"));
        assertThat(tickets().get(0)).as("worst first").containsEntry("returns", 2);

        outbox.deliverPending();
        assertThat(measurement.recentEvents(200)).anyMatch(e -> e.type().equals("DataQualityTicketOpened") && e.payload().contains(product));
    }

    @Test
    void aChangeOfHeartOpensNoTicket() {
        JsonPath order = boughtFromTheAssistant(1);
        String product = order.getString("lines[0].product");
        long before = tickets().stream().filter(t -> product.equals(t.get("product"))).count();
        sendBack(order, "changed-mind");

        assertThat(tickets().stream().filter(t -> product.equals(t.get("product"))).count()).isEqualTo(before);
    }
}
