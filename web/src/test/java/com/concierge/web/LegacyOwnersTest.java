package com.concierge.web;

import static com.concierge.web.support.Shop.rows;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.Catalog;
import com.concierge.kernel.events.Outbox;
import com.concierge.web.security.LegacyOwnerAdoption;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Shop;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Rows owned by a username from before owners were Keycloak subjects (marked {@code username:<name>}
 * by the migrations) go to the user's subject when the user next calls the store with a token, and
 * then show in their history.
 */
@QuarkusTest
class LegacyOwnersTest {

    private static final String SUBJECT = "5c1f0d2e-8a4b-4c61-9f3e-2b7d6a1e0c04"; // shopper2 in the realm file

    @Inject
    Catalog catalog;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entities;

    @Inject
    LegacyOwnerAdoption adoption;

    @Test
    void aUsernamesRowsGoToItsSubjectAtTheNextSignIn() {
        String sku = "LO-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Shop.stock(catalog, rows(sku + ",30.00,5"));
        String token = Keycloak.accessToken("shopper2");
        String conversation = Shop.as(token).post("/api/assistant/conversations").then().statusCode(201).extract().path("id");
        Shop.as(token).body(Map.of("text", "a quiet blender")).post("/api/assistant/conversations/" + conversation + "/messages")
                .then().statusCode(200);
        String cart = Shop.openCart(token);
        Shop.as(token).body(Map.of("sku", sku, "quantity", 1, "conversation", conversation)).post("/api/carts/" + cart + "/items")
                .then().statusCode(200);
        outbox.deliverPending();
        assertThat(owners(cart, conversation)).as("written with the subject").containsOnly(SUBJECT);

        // as the migrations left rows written before owners were subjects
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("checkout_cart", "measurement_conversation", "measurement_cart_add", "measurement_event_log")) {
                entities.createNativeQuery("UPDATE " + table + " SET owner = 'username:shopper2' WHERE owner = :subject")
                        .setParameter("subject", SUBJECT).executeUpdate();
            }
        });
        adoption.recheck();
        assertThat(owners(cart, conversation)).containsOnly("username:shopper2");

        given().auth().oauth2(Keycloak.accessToken("shopper2")).get("/api/orders").then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(owners(cart, conversation)).containsOnly(SUBJECT));
        assertThat(given().auth().oauth2(token).get("/api/me/history").then().statusCode(200).extract().jsonPath()
                .getList("conversations.conversation", String.class)).contains(conversation);
    }

    /** The owners of the cart, the conversation's measurement row and its adds to cart. */
    @SuppressWarnings("unchecked")
    private List<String> owners(String cart, String conversation) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> owners = new java.util.ArrayList<>();
            owners.addAll(entities.createNativeQuery("SELECT owner FROM checkout_cart WHERE id = :id").setParameter("id", UUID.fromString(cart))
                    .getResultList());
            owners.addAll(entities.createNativeQuery("SELECT owner FROM measurement_conversation WHERE id = :id")
                    .setParameter("id", UUID.fromString(conversation)).getResultList());
            owners.addAll(entities.createNativeQuery("SELECT owner FROM measurement_cart_add WHERE conversation_id = :id")
                    .setParameter("id", UUID.fromString(conversation)).getResultList());
            return owners;
        });
    }
}
