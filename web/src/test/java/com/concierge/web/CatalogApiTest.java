package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.hamcrest.Matcher;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A merchandiser adds a product through the API; shoppers find it through OpenSearch. */
@QuarkusTest
class CatalogApiTest {

    private String token;

    @BeforeEach
    void signIn() {
        token = Keycloak.accessToken("merchandiser");
    }

    private RequestSpecification asMerchandiser() {
        return given().auth().oauth2(token).contentType("application/json");
    }

    @Test
    void addedProductIsSearchableAtOnceAndReadableById() {
        String word = "zephyr" + UUID.randomUUID().toString().substring(0, 8);
        String id = asMerchandiser()
                .body("""
                        {"sku": "BL-%s", "title": "Quiet %s blender", "brand": "Calma",
                         "description": "A 900 W blender for smoothies.", "price": {"amount": "149.99", "currency": "USD"}}
                        """.formatted(word, word))
                .when().post("/api/admin/products")
                .then().statusCode(201)
                .header("Location", containsString("/api/products/"))
                .body("price.minorUnits", equalTo(14999))
                .extract().path("id");

        given().queryParam("q", word).when().get("/api/products")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits", hasSize(1))
                .body("hits[0].sku", equalTo("BL-" + word));
        given().when().get("/api/products/" + id)
                .then().statusCode(200).body("product.title", equalTo("Quiet " + word + " blender"))
                .body("product.variants[0].sku", equalTo("BL-" + word));
        given().queryParam("q", word).when().get("/search")
                .then().statusCode(200)
                .body(containsString("Quiet " + word + " blender"))
                .body(containsString("$149.99"));
    }

    @Test
    void badInputGetsAProblemNamingTheFieldAndStoresNothing() {
        String sku = "BAD-" + UUID.randomUUID();
        problem(asMerchandiser().body("{\"sku\":\"" + sku + "\",\"brand\":\"B\",\"price\":{\"amount\":\"10\",\"currency\":\"USD\"}}"),
                400, equalTo("title is missing"));
        problem(asMerchandiser().body("{\"sku\":\"" + sku + "\",\"title\":\"T\",\"brand\":\"B\",\"price\":{\"amount\":\"12.345\",\"currency\":\"USD\"}}"),
                400, equalTo("amount '12.345' has more than 2 decimals or is too large for USD"));
        problem(asMerchandiser().body("{\"sku\":\"" + sku + "\",\"title\":\"T\",\"brand\":\"B\",\"price\":{\"amount\":\"12\",\"currency\":\"DOLLARS\"}}"),
                400, equalTo("currency 'DOLLARS' is not an ISO 4217 code"));
        problem(asMerchandiser().body("{\"sku\":\"" + sku + "\",\"title\":\"T\",\"brand\":\"B\",\"price\":{\"amount\":\"-1\",\"currency\":\"USD\"}}"),
                400, equalTo("price must not be negative"));
        asMerchandiser().body("{\"sku\": ").when().post("/api/admin/products")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed JSON"));

        given().queryParam("q", sku).when().get("/api/products").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void secondProductWithTheSameSkuIsAConflict() {
        String body = "{\"sku\":\"DUP-" + UUID.randomUUID() + "\",\"title\":\"Kettle\",\"brand\":\"B\",\"price\":{\"amount\":\"30\",\"currency\":\"EUR\"}}";
        asMerchandiser().body(body).when().post("/api/admin/products").then().statusCode(201);
        problem(asMerchandiser().body(body), 409, endsWith("already exists"));
    }

    @Test
    void unknownProductsAndBadSearchParametersAreProblems() {
        given().when().get("/api/products/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/api/products/no-such-handle")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no product no-such-handle"));
        given().queryParam("size", 1000).when().get("/api/products")
                .then().statusCode(400).body("detail", equalTo("size must be between 1 and 100"));
        given().queryParam("limit", 10).when().get("/api/products")
                .then().statusCode(400).body("detail", equalTo("unknown search parameter 'limit'"));
    }

    private static void problem(RequestSpecification request, int status, Matcher<String> detail) {
        request.when().post("/api/admin/products")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", containsString("/problems/"))
                .body("detail", detail);
    }
}
