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
import com.concierge.measurement.api.RecordedEvent;
import com.concierge.web.support.Shop;
import com.concierge.web.support.Talk;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An order line whose variant the assistant recommended in the shopper's conversation is linked to
 * that conversation and its decision receipt; the order is assisted and its events say so.
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class CheckoutAttributionTest {

    @Inject
    Outbox outbox;

    @Inject
    Measurement measurement;

    @Test
    void aRecommendedBlenderBoughtInTheSameConversationIsAttributedToItsReceipt() {
        String conversation = AssistantConversationTest.start();
        JsonPath turn = AssistantConversationTest.say(conversation, "a quiet blender for smoothies under $150");
        String product = turn.getString("recommendations[0].product");
        String sku = turn.getString("recommendations[0].variant");
        String receipt = turn.getString("recommendations[0].receipt.id");
        assertThat(sku).isNotBlank();

        String cart = as(null).header(Talk.TOKEN_HEADER, Talk.token(conversation)).body(Map.of("conversation", conversation)).post("/api/carts").then().statusCode(201).extract().path("id");
        add(null, cart, sku, 1);
        String second = turn.getString("recommendations[1].variant"); // shown in the same turn, bought too
        add(null, cart, second, 1);
        JsonPath view = shipToUs(null, cart);

        JsonPath placed = place(order(view, token(Shop.VISA))).then().statusCode(201).extract().jsonPath();

        assertThat(placed.getBoolean("assisted")).isTrue();
        assertThat(placed.getString("lines.find { it.sku == '" + sku + "' }.receipt")).isEqualTo(receipt);
        assertThat(placed.getString("lines.find { it.sku == '" + sku + "' }.conversation")).isEqualTo(conversation);
        assertThat(placed.getString("lines.find { it.sku == '" + sku + "' }.product")).isEqualTo(product);

        outbox.deliverPending();
        List<RecordedEvent> events = measurement.recentEvents(200);
        RecordedEvent orderPlaced = events.stream().filter(e -> e.type().equals("OrderPlaced") && e.payload().contains(placed.getString("id")))
                .findFirst().orElseThrow();
        JsonPath payload = JsonPath.from(orderPlaced.payload());
        assertThat(payload.getBoolean("assisted")).isTrue();
        assertThat(payload.getString("lines.find { it.sku == '" + sku + "' }.receiptId")).isEqualTo(receipt);
        assertThat(payload.getString("lines.find { it.sku == '" + sku + "' }.conversationId")).isEqualTo(conversation);
        assertThat(payload.getList("conversations", String.class)).containsExactly(conversation);
        assertThat(events).anyMatch(e -> e.type().equals("OrderPaid") && e.payload().contains(placed.getString("id")) && e.payload().contains("\"assisted\":true"));
    }

    @Test
    void aProductBoughtWithoutAConversationIsNotAssisted() {
        String conversation = AssistantConversationTest.start();
        JsonPath turn = AssistantConversationTest.say(conversation, "a quiet blender for smoothies under $150");
        String sku = turn.getString("recommendations[0].variant");

        String cart = Shop.openCart(null); // found by search, not in a conversation
        add(null, cart, sku, 1);
        JsonPath placed = place(order(shipToUs(null, cart), token(Shop.VISA))).then().statusCode(201).extract().jsonPath();

        assertThat(placed.getBoolean("assisted")).isFalse();
        assertThat(placed.getList("lines.receipt")).containsOnlyNulls();
    }
}
