package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import com.concierge.web.support.Keycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A product whose search document cannot be built (here a number attribute without its number, as
 * a hand-edited row would leave it) never stops a reindex: the others are indexed, it is skipped and
 * reported with its id by the ops API, and it is indexed again once it is fixed
 * (docs/search.md#keeping-the-index-right).
 */
@QuarkusTest
class UnindexableProductTest {

    @Inject
    EntityManager entities;

    @Test
    void aReindexSkipsAndReportsTheProductItCannotIndexAndTakesItBackOnceFixed() {
        String word = "unindexable" + UUID.randomUUID().toString().substring(0, 8);
        String good = "indexable" + UUID.randomUUID().toString().substring(0, 8);
        addProduct(good);
        String id = addProduct(word);
        setAttributes(id, "{\"power\":{\"type\":\"NUMBER\",\"source\":\"forty watts\"}}");
        String ops = Keycloak.accessToken("ops");
        try {
            given().auth().oauth2(ops).post("/api/ops/search/reindex").then().statusCode(200).body("indexed", greaterThan(0));

            List<String> refused = given().auth().oauth2(ops).get("/api/ops/search").then().statusCode(200)
                    .body("missing", equalTo(1)).extract().path("unindexable.product");
            assertThat(refused).containsExactly(id);
            given().queryParam("q", good).get("/api/products").then().statusCode(200).body("total", equalTo(1));
            given().queryParam("q", word).get("/api/products").then().statusCode(200).body("total", equalTo(0));

            setAttributes(id, "{}");
            given().auth().oauth2(ops).post("/api/ops/search/repair").then().statusCode(200)
                    .body("missing", equalTo(0)).body("unindexable", org.hamcrest.Matchers.empty());
            given().queryParam("q", word).get("/api/products").then().statusCode(200).body("total", equalTo(1));
        } finally {
            setAttributes(id, "{}");
        }
    }

    private static String addProduct(String word) {
        return given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                .body("{\"sku\":\"UNX-" + UUID.randomUUID() + "\",\"title\":\"" + word + " lamp\",\"brand\":\"Glow\",\"price\":{\"amount\":\"20\",\"currency\":\"USD\"}}")
                .post("/api/admin/products").then().statusCode(201).extract().path("id");
    }

    /** Behind the store's back, as a hand edit of the database would. */
    private void setAttributes(String product, String json) {
        QuarkusTransaction.requiringNew().run(() -> entities
                .createNativeQuery("UPDATE catalog_product SET attributes = :json WHERE id = :id")
                .setParameter("json", json).setParameter("id", UUID.fromString(product)).executeUpdate());
    }
}
