package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** A merchandiser defines the blenders schema through the API; anyone can read it back. */
@QuarkusTest
class CategorySchemaTest {

    private static final String BLENDERS = """
            {"name": "Blenders", "attributes": [
              {"key": "noise", "label": "Noise level", "type": "number", "unit": "dB", "min": "20", "max": "120", "required": true},
              {"key": "jar_capacity", "label": "Jar capacity", "type": "number", "unit": "L", "min": "100 ml", "max": "10"},
              {"key": "jar_material", "label": "Jar material", "type": "enum", "allowedValues": ["glass", "Tritan", "stainless steel"]},
              {"key": "dishwasher_safe", "label": "Dishwasher-safe jar", "type": "boolean"}]}
            """;

    private RequestSpecification asMerchandiser() {
        return given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json");
    }

    @Test
    void definedSchemaReadsBackWithUnitsAndCanBePutBackUnchanged() {
        JsonPath stored = asMerchandiser().body(BLENDERS).when().put("/api/admin/categories/blenders-test")
                .then().statusCode(200)
                .body("key", equalTo("blenders-test"))
                .body("attributes[1].unit", equalTo("L"))
                .body("attributes[1].dimension", equalTo("volume"))
                .body("attributes[1].min", equalTo("0.1 L"))
                .body("attributes[1].max", equalTo("10 L"))
                .body("attributes[2].allowedValues", equalTo(java.util.List.of("glass", "stainless steel", "Tritan")))
                .extract().jsonPath();
        int version = stored.getInt("schemaVersion");

        String readBack = given().when().get("/api/categories/blenders-test").then().statusCode(200).extract().asString();
        asMerchandiser().body(readBack).when().put("/api/admin/categories/blenders-test")
                .then().statusCode(200).body("schemaVersion", equalTo(version));
        given().when().get("/api/categories").then().statusCode(200).body("key", hasItem("blenders-test"));
    }

    @Test
    void changingAttributesBumpsTheSchemaVersion() {
        int first = asMerchandiser().body(BLENDERS).when().put("/api/admin/categories/blenders-versioned")
                .then().statusCode(200).extract().path("schemaVersion");

        asMerchandiser().body(BLENDERS.replace("\"max\": \"120\"", "\"max\": \"110\""))
                .when().put("/api/admin/categories/blenders-versioned")
                .then().statusCode(200)
                .body("schemaVersion", equalTo(first + 1))
                .body("attributes[0].max", equalTo("110 dB"));
    }

    @Test
    void aSchemaThatCannotWorkIsAProblemNamingTheAttribute() {
        problem("{\"name\": \"X\", \"attributes\": [{\"key\": \"noise\", \"type\": \"number\", \"unit\": \"decibelz\"}]}",
                "attribute noise: unknown unit 'decibelz'");
        problem("{\"name\": \"X\", \"attributes\": [{\"key\": \"noise\", \"type\": \"loud\"}]}",
                "attribute noise: type 'loud' is not one of number, enum, boolean, text, list");
        problem("{\"name\": \"X\", \"attributes\": [{\"key\": \"cap\", \"type\": \"number\", \"unit\": \"L\", \"max\": \"3 kg\"}]}",
                "attribute cap: bound '3 kg' is not in the dimension of L");
        problem("{\"name\": \"X\", \"attributes\": [{\"key\": \"color\", \"type\": \"enum\"}]}",
                "attribute color (ENUM) needs allowed values");
        problem("{\"name\": \"X\", \"attributes\": [{\"key\": \"a\", \"type\": \"text\"}, {\"key\": \"a\", \"type\": \"text\"}]}",
                "attribute 'a' is defined twice");
        problem("{\"key\": \"kettles\", \"name\": \"X\"}", "the body names category 'kettles' but the URL names 'bad-schema'");
        given().when().get("/api/categories/bad-schema").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyMerchandisersDefineCategories() {
        given().auth().oauth2(Keycloak.accessToken("shopper")).contentType("application/json").body(BLENDERS)
                .when().put("/api/admin/categories/blenders-test").then().statusCode(403);
    }

    private void problem(String body, String detail) {
        asMerchandiser().body(body).when().put("/api/admin/categories/bad-schema")
                .then().statusCode(400).contentType("application/problem+json").body("detail", equalTo(detail));
    }
}
