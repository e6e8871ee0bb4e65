package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.concierge.web.support.CuttableProxy;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.RealServices;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * OpenSearch goes away while the store runs: search answers 503 problem+json and the home page
 * says so, product pages still answer from the database, and once OpenSearch is back a reindex
 * brings in what was written meanwhile.
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
    void whatWasWrittenWhileSearchWasDownIsFoundAfterAReindex() {
        proxy.cut();
        String word = "offline" + UUID.randomUUID().toString().substring(0, 8);
        String id = addProduct(word); // the database takes the write; the index misses it
        given().get("/api/products/" + id).then().statusCode(200);

        proxy.restore();
        given().queryParam("q", word).get("/api/products").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Keycloak.accessToken("ops")).post("/api/ops/search/reindex").then().statusCode(200)
                .body("indexed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().queryParam("q", word).get("/api/products").then().statusCode(200).body("total", equalTo(1));
    }
}
