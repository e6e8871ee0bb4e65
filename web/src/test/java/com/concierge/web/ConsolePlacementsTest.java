package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sponsored placements in the console (docs/console.md#sponsored-placements) through the real
 * Keycloak login: rules out of range and a sponsorship of a product that does not exist are refused
 * under their fields with nothing saved; a sponsorship is added, paused and ended, each in the
 * change log, and the rules come back to what they were.
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class ConsolePlacementsTest {

    @TestHTTPResource("/")
    URI store;

    @Test
    void aMerchandiserSponsorsPausesAndEndsAProduct() {
        String handle = given().queryParam("category", "vacuums").queryParam("size", 1).get("/api/products").then().statusCode(200)
                .extract().path("hits[0].handle");
        HttpClient browser = Keycloak.browser();
        HttpResponse<String> page = Keycloak.openSignedIn(browser, store.resolve("/admin/placements"), "merchandiser");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Sponsored placements</h1>");
        String max = value(page.body(), "max_per_reply");
        String earliest = value(page.body(), "earliest_position");

        HttpResponse<String> badRules = post(browser, page, "/admin/placements/rules", Map.of("max_per_reply", "5", "earliest_position", "0"));
        assertThat(badRules.statusCode()).isEqualTo(422);
        assertThat(badRules.body()).contains("id=\"max_per_reply-error\"").contains("id=\"earliest_position-error\"").contains("value=\"5\"");
        HttpResponse<String> badSponsor = post(browser, page, "/admin/placements/sponsored", Map.of("product", "no-such-thing", "label", " "));
        assertThat(badSponsor.statusCode()).isEqualTo(422);
        assertThat(badSponsor.body()).contains("No product has the handle &#39;no-such-thing&#39;.").contains("id=\"label-error\"");

        HttpResponse<String> rules = post(browser, page, "/admin/placements/rules", Map.of("max_per_reply", "2", "earliest_position", "3"));
        assertThat(rules.statusCode()).isEqualTo(303);
        given().get("/api/admin/assistant/placements").then().statusCode(401); // the API needs a token; the page a session
        try {
            HttpResponse<String> sponsored = post(browser, page, "/admin/placements/sponsored",
                    Map.of("product", handle, "label", "Sponsored by the test", "active", "on"));
            assertThat(sponsored.statusCode()).isEqualTo(303);
            HttpResponse<String> listed = Keycloak.get(browser, store.resolve("/admin/placements"));
            assertThat(listed.body()).contains("at most 2 sponsored products per reply, from position 3 on").contains("Sponsored by the test")
                    .contains("<td>running</td>");
            HttpResponse<String> paused = post(browser, listed, "/admin/placements/sponsored", Map.of("product", handle, "label", "Sponsored by the test"));
            assertThat(paused.statusCode()).isEqualTo(303);
            HttpResponse<String> after = Keycloak.get(browser, store.resolve("/admin/placements"));
            assertThat(after.body()).contains("<td>paused</td>");
            String id = given().get("/api/products/" + handle).then().extract().path("product.id");
            assertThat(post(browser, after, "/admin/placements/sponsored/end", Map.of("product", id)).statusCode()).isEqualTo(303);
            assertThat(Keycloak.get(browser, store.resolve("/admin/placements")).body()).contains("No sponsored products.");
            assertThat(post(browser, after, "/admin/placements/sponsored/end", Map.of("product", id)).statusCode()).isEqualTo(404);
            assertThat(Keycloak.get(browser, store.resolve("/admin/changes?kind=sponsorship&subject=" + id)).body()).contains("1–3 of 3");
        } finally {
            assertThat(post(browser, page, "/admin/placements/rules", Map.of("max_per_reply", max, "earliest_position", earliest)).statusCode())
                    .isEqualTo(303);
        }
    }

    private static String value(String page, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"" + field + "\" value=\"([0-9]+)\"").matcher(page);
        assertThat(m.find()).as("the current " + field).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> post(HttpClient browser, HttpResponse<String> page, String path, Map<String, String> fields) {
        return Keycloak.postFormOf(browser, page, store.resolve(path), fields);
    }
}
