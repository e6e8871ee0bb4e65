package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;

import com.concierge.web.support.CuttableProxy;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.RealServices;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * OpenSearch goes away while the store runs: search answers 503 problem+json and the home page
 * says so, product pages still answer from the database, and once OpenSearch is back the store
 * indexes what was written meanwhile by itself.
 */
@QuarkusTest
class SearchOutageTest {

    private final CuttableProxy proxy = RealServices.openSearchProxy();

    @AfterEach
    void restore() {
        proxy.restore();
    }

    private static String addProduct(String word) {
        return given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                .body("{\"sku\":\"OUT-" + UUID.randomUUID() + "\",\"title\":\"" + word + " kettle\",\"brand\":\"Boil\",\"price\":{\"amount\":\"35\",\"currency\":\"USD\"}}")
                .post("/api/admin/products").then().statusCode(201).extract().path("id");
    }

    @Test
    void searchSaysUnavailableWhileProductPagesKeepWorking() {
        String word = "outage" + UUID.randomUUID().toString().substring(0, 8);
        String id = addProduct(word);
        given().queryParam("q", word).get("/api/products").then().statusCode(200).body("total", equalTo(1));

        proxy.cut();

        given().queryParam("q", word).get("/api/products").then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("detail", containsString("Search is unavailable"))
                .body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
        given().get("/api/products/" + id).then().statusCode(200).body("product.title", equalTo(word + " kettle"));
        given().queryParam("q", word).get("/search").then().statusCode(503)
                .body(containsString("Search is unavailable right now"));
        given().get("/q/health/ready").then().statusCode(503);
    }

    @Test
    void whatWasWrittenWhileSearchWasDownIsFoundOnceItIsBackWithoutAReindex() {
        String before = "steady" + UUID.randomUUID().toString().substring(0, 8);
        String edited = addProduct(before);
        proxy.cut();
        String word = "offline" + UUID.randomUUID().toString().substring(0, 8);
        String added = addProduct(word); // the database takes the write; the index misses it
        String renamed = "answered" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                .body("{\"question\":\"Is the " + renamed + " lid removable?\",\"answer\":\"Yes.\",\"source\":\"retailer\",\"answeredOn\":\"2026-11-30\"}")
                .post("/api/admin/products/" + edited + "/qa").then().statusCode(201); // its document is now stale
        given().get("/api/products/" + added).then().statusCode(200);
        given().auth().oauth2(Keycloak.accessToken("ops")).get("/api/ops/search").then().statusCode(503)
                .contentType("application/problem+json");

        proxy.restore();
        // nobody calls a reindex: the store indexes what failed once search answers (cc.search.repair-every)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().queryParam("q", word).get("/api/products").then().statusCode(200).body("total", equalTo(1));
            given().queryParam("q", renamed).get("/api/products").then().statusCode(200).body("total", equalTo(1));
        });
        // the whole index agrees with the database again: other writes that failed during the cut (events
        // from earlier tests still updating ratings, say) are repaired on the same schedule
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Keycloak.accessToken("ops")).get("/api/ops/search")
                .then().statusCode(200).body("stale", equalTo(0)).body("missing", equalTo(0)).body("orphaned", equalTo(0))
                .body("pending", equalTo(0)));
    }
}
