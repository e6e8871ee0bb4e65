package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.concierge.web.support.Talk;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * JSON as the store reads and writes it (web.platform.JsonRules): a field given twice, an enum by
 * position or a fraction where a whole number goes is a 400 problem naming the field; numbers are
 * written plainly.
 */
@Tag("database-independent") // checked once, on H2; the PostgreSQL run of .ci/run skips it
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class JsonRulesTest {

    @jakarta.inject.Inject
    com.concierge.kernel.events.Outbox outbox;

    private static final Pattern E_NOTATION = Pattern.compile("[0-9][eE][+-]?[0-9]");

    @Test
    void aFieldGivenTwiceIsRefusedNotGuessed() {
        String conversation = Talk.start();
        problem(Talk.as(conversation).contentType("application/json").body("{\"text\":\"a quiet blender\",\"text\":\"my e-mail\"}")
                .post("/api/assistant/conversations/" + conversation + "/messages"), "'text'");
        problem(Talk.as(conversation).contentType("application/json").body("{\"product\":\"" + java.util.UUID.randomUUID()
                + "\",\"text\":\"a\",\"text\":\"b\"}").post("/api/assistant/conversations/" + conversation + "/questions"), "'text'");
        problem(given().contentType("application/json").body("{\"conversation\":null,\"conversation\":null}").post("/api/carts"), "'conversation'");
        Talk.as(conversation).get("/api/assistant/conversations/" + conversation).then().statusCode(200).body("turns", org.hamcrest.Matchers.is(0));
    }

    @Test
    void wholeNumbersAndEnumsAreWhatTheySay() {
        String cart = given().contentType("application/json").body("{}").post("/api/carts").then().statusCode(201).extract().path("id");
        String sku = given().get("/api/products/vortex-classic-1050-6").then().statusCode(200).extract().path("product.variants[0].sku");
        problem(given().contentType("application/json").body("{\"sku\":\"" + sku + "\",\"quantity\":1.5}").post("/api/carts/" + cart + "/items"),
                "'quantity' must be a whole number");
        given().get("/api/carts/" + cart).then().statusCode(200).body("lines.size()", org.hamcrest.Matchers.is(0));

        String conversation = Talk.start();
        problem(Talk.as(conversation).contentType("application/json").body("{\"kind\":0,\"products\":[]}")
                .post("/api/assistant/conversations/" + conversation + "/interactions"), "'kind' must be one of CARD_CLICKED");
    }

    @Test
    void invisibleTextIsNoMessageAndABrokenCharacterBreaksNothing() {
        String conversation = Talk.start();
        String messages = "/api/assistant/conversations/" + conversation + "/messages";
        for (String nothing : java.util.List.of("\\u200b", "\\ufeff", "\\ud800", " \\u2060 ")) {
            problem(Talk.as(conversation).contentType("application/json").body("{\"text\":\"" + nothing + "\"}").post(messages), "text is required");
        }
        String product = given().get("/api/products/vortex-classic-1050-6").then().statusCode(200).extract().path("product.id");
        problem(Talk.as(conversation).contentType("application/json").body("{\"product\":\"" + product + "\",\"text\":\"\\u200b\"}")
                .post("/api/assistant/conversations/" + conversation + "/questions"), "text is required");

        // half an emoji: the message is read, the character kept as a replacement, the merchandiser's export still whole
        Talk.as(conversation).contentType("application/json").body("{\"text\":\"a blender \\ud83d under $100\"}").post(messages)
                .then().statusCode(200).body("intent", org.hamcrest.Matchers.is("SHOP"));
        outbox.deliverPending();
        String export = given().auth().oauth2(com.concierge.web.support.Keycloak.accessToken("merchandiser")).queryParam("format", "csv")
                .get("/api/admin/intents/export").then().statusCode(200).extract().asString();
        assertThat(export).contains("a blender \uFFFD under $100");
    }

    @Test
    void numbersAreWrittenAsPeopleWriteThem() {
        String product = given().get("/api/products/vortex-classic-1050-6").then().statusCode(200).extract().asString();
        assertThat(product).contains("\"key\":\"power\"");
        assertThat(E_NOTATION.matcher(product.replaceAll("\"[^\"]*\"", "\"\"")).find()).as("no E-notation outside strings: %s", product).isFalse();
        String listing = given().queryParam("category", "blenders").queryParam("size", 20).get("/api/products").then().statusCode(200)
                .extract().asString();
        assertThat(E_NOTATION.matcher(listing.replaceAll("\"[^\"]*\"", "\"\"")).find()).isFalse();
    }

    private static void problem(Response response, String detail) {
        response.then().statusCode(400).contentType("application/problem+json").body("detail", containsString(detail))
                .body("detail", org.hamcrest.Matchers.not(containsString("com.fasterxml"))).body("detail", org.hamcrest.Matchers.not(containsString("java.")));
    }
}
