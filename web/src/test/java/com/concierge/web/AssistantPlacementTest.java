package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Talk;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sponsored placements are data a merchandiser edits; the assistant labels, caps and never shows one that does not fit. */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class AssistantPlacementTest {

    private static final String ASK = "a blender under $200";

    private static RequestSpecification merchandiser() {
        return given().auth().oauth2(Keycloak.accessToken("merchandiser"));
    }

    private static JsonPath ask() {
        return AssistantConversationTest.say(AssistantConversationTest.start(), ASK);
    }

    /** Blenders in stock under $200, best rated first, as the catalog search lists them. */
    private static List<Map<String, Object>> fitting() {
        return given().queryParam("category", "blenders").queryParam("price.max", "200").queryParam("in_stock", "true")
                .queryParam("sort", "rating").queryParam("size", "20").get("/api/products").then().statusCode(200).extract().jsonPath().getList("hits");
    }

    @AfterEach
    void reset() {
        merchandiser().contentType(ContentType.JSON).body(Map.of("maxPerReply", 1, "earliestPosition", 2))
                .put("/api/admin/assistant/placements/rules").then().statusCode(200);
        for (String product : merchandiser().get("/api/admin/assistant/placements").then().statusCode(200).extract().jsonPath()
                .getList("sponsored.product", String.class)) {
            merchandiser().delete("/api/admin/assistant/placements/sponsored/" + product).then().statusCode(204);
        }
    }

    @Test
    void aSponsoredProductThatFitsIsAddedLabelledAndNoHigherThanTheRulesAllow() {
        JsonPath organic = ask();
        List<String> shown = organic.getList("recommendations.product", String.class);
        String sponsoredId = fitting().stream().map(h -> (String) h.get("id")).filter(id -> !shown.contains(id)).skip(2).findFirst().orElseThrow();

        JsonPath sponsorship = merchandiser().contentType(ContentType.JSON).body(Map.of("label", "Sponsored by its maker"))
                .put("/api/admin/assistant/placements/sponsored/" + sponsoredId).then().statusCode(200).extract().jsonPath();
        assertThat(sponsorship.getBoolean("active")).isTrue();
        assertThat(sponsorship.getString("changedBy")).isNotBlank();

        JsonPath turn = ask();
        List<String> products = turn.getList("recommendations.product", String.class);
        assertThat(products).hasSize(shown.size() + 1).containsAll(shown);
        assertThat(products.indexOf(sponsoredId)).as("no higher than earliestPosition 2").isEqualTo(1);
        assertThat(turn.getBoolean("recommendations[1].sponsored")).isTrue();
        assertThat(turn.getBoolean("recommendations[0].sponsored")).isFalse();
        String receipt = turn.getString("recommendations[1].receipt.id");
        JsonPath stored = Talk.as(receipt).get("/api/assistant/receipts/" + receipt).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getBoolean("sponsored")).isTrue();
        assertThat(stored.getString("sponsorLabel")).isEqualTo("Sponsored by its maker");
        assertThat(turn.getString("recommendations[1].receipt.why")).contains("Sponsored by its maker");

        // paused: no longer added
        merchandiser().contentType(ContentType.JSON).body(Map.of("label", "Sponsored by its maker", "active", false))
                .put("/api/admin/assistant/placements/sponsored/" + sponsoredId).then().statusCode(200);
        assertThat(ask().getList("recommendations.product", String.class)).doesNotContain(sponsoredId);

        // rules allow none: not added even when active
        merchandiser().contentType(ContentType.JSON).body(Map.of("label", "Sponsored by its maker"))
                .put("/api/admin/assistant/placements/sponsored/" + sponsoredId).then().statusCode(200);
        merchandiser().contentType(ContentType.JSON).body(Map.of("maxPerReply", 0, "earliestPosition", 2))
                .put("/api/admin/assistant/placements/rules").then().statusCode(200).body("maxPerReply", org.hamcrest.Matchers.is(0));
        assertThat(ask().getList("recommendations.product", String.class)).doesNotContain(sponsoredId);
    }

    @Test
    void aSponsoredProductThatDoesNotFitIsNeverShown() {
        String tooDear = given().queryParam("category", "blenders").queryParam("price.min", "250").queryParam("size", "1")
                .get("/api/products").then().statusCode(200).extract().path("hits[0].id");
        merchandiser().contentType(ContentType.JSON).body(Map.of("label", "Sponsored"))
                .put("/api/admin/assistant/placements/sponsored/" + tooDear).then().statusCode(200);
        JsonPath turn = ask();
        assertThat(turn.getList("recommendations.product", String.class)).doesNotContain(tooDear);
        assertThat(turn.getList("recommendations.sponsored", Boolean.class)).doesNotContain(true);
    }

    @Test
    void badEditsAreProblemsAndOnlyMerchandisersMayEdit() {
        merchandiser().contentType(ContentType.JSON).body(Map.of("maxPerReply", 9, "earliestPosition", 2))
                .put("/api/admin/assistant/placements/rules").then().statusCode(400).contentType("application/problem+json");
        merchandiser().contentType(ContentType.JSON).body(Map.of("maxPerReply", 1))
                .put("/api/admin/assistant/placements/rules").then().statusCode(400);
        String product = fitting().get(0).get("id").toString();
        merchandiser().contentType(ContentType.JSON).body(Map.of("label", " "))
                .put("/api/admin/assistant/placements/sponsored/" + product).then().statusCode(400).contentType("application/problem+json");
        merchandiser().contentType(ContentType.JSON).body(Map.of("label", "Sponsored"))
                .put("/api/admin/assistant/placements/sponsored/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        merchandiser().delete("/api/admin/assistant/placements/sponsored/" + product).then().statusCode(404);
        given().auth().oauth2(Keycloak.accessToken("shopper")).get("/api/admin/assistant/placements").then().statusCode(403);
        given().get("/api/admin/assistant/placements").then().statusCode(401);
    }
}
