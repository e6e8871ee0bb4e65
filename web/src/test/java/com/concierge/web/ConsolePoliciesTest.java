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
 * A merchandiser edits policies in the console (docs/console.md#policies) through the real Keycloak
 * login: a scope naming a category that does not exist is refused under its field with nothing
 * saved; the right one is saved, the preview for a blender shows the assistant's new answer citing
 * it, and removing it brings the store-wide answer back.
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class ConsolePoliciesTest {

    @TestHTTPResource("/")
    URI store;

    @Test
    void aMerchandiserAddsACategoryReturnPolicyAndPreviewsTheAnswer() {
        String blender = given().queryParam("category", "blenders").queryParam("size", 1).get("/api/products").then().statusCode(200)
                .extract().path("hits[0].handle");
        HttpClient browser = Keycloak.browser();
        HttpResponse<String> page = Keycloak.openSignedIn(browser, store.resolve("/admin/policies?product=" + blender + "&region=US"), "merchandiser");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Policies</h1>").contains("What the assistant will answer").contains("Returnable until");
        String before = preview(page.body());

        HttpResponse<String> wrong = post(browser, page, "/admin/policies/returns", Map.of("id", "blenders-60", "categories", "blendres",
                "window_days", "sixty"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("Nothing was saved: 2 fields to correct.").contains("There is no category &#39;blendres&#39;.")
                .contains("Write a whole number from 0 to 3650.").contains("value=\"blendres\"");
        assertThat(given().get("/api/policies").asString()).doesNotContain("blenders-60");

        HttpResponse<String> saved = post(browser, wrong, "/admin/policies/returns", Map.of("id", "blenders-60", "categories", "blenders",
                "window_days", "60", "conditions", "in its original box"));
        assertThat(saved.statusCode()).isEqualTo(303);
        try {
            assertThat(Keycloak.get(browser, store.resolve(saved.headers().firstValue("Location").orElseThrow())).body())
                    .contains("Saved policy &#39;blenders-60&#39;").contains("60 days after delivery; in its original box");
            HttpResponse<String> shown = Keycloak.get(browser, store.resolve("/admin/policies?product=" + blender + "&region=US"));
            assertThat(preview(shown.body())).contains("60 days after delivery under policy &#39;blenders-60&#39;").isNotEqualTo(before);
            String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            String id = given().get("/api/products/" + blender).then().extract().path("product.id");
            given().queryParam("region", "US").queryParam("deliveredOn", today).queryParam("on", today).get("/api/products/" + id + "/policies")
                    .then().statusCode(200).body("returns.policyId", org.hamcrest.Matchers.equalTo("blenders-60"));

            HttpResponse<String> log = Keycloak.get(browser, store.resolve("/admin/changes?subject=blenders-60"));
            assertThat(log.body()).contains("1–1 of 1").contains("return-policy").contains("<td>console</td>");
        } finally {
            HttpResponse<String> current = Keycloak.get(browser, store.resolve("/admin/policies"));
            assertThat(post(browser, current, "/admin/policies/remove", Map.of("id", "blenders-60")).statusCode()).isEqualTo(303);
        }
        HttpResponse<String> after = Keycloak.get(browser, store.resolve("/admin/policies?product=" + blender + "&region=US"));
        assertThat(preview(after.body())).isEqualTo(before);
        HttpResponse<String> again = post(browser, after, "/admin/policies/remove", Map.of("id", "blenders-60"));
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(Keycloak.get(browser, store.resolve("/admin/policies?product=no-such-thing")).body())
                .contains("No product has the handle &#39;no-such-thing&#39;.");
    }

    private static String preview(String page) {
        int start = page.indexOf("<ul class=\"preview\">");
        assertThat(start).as("the preview is shown").isNotNegative();
        return page.substring(start, page.indexOf("</ul>", start));
    }

    private HttpResponse<String> post(HttpClient browser, HttpResponse<String> page, String path, Map<String, String> fields) {
        return Keycloak.postFormOf(browser, page, store.resolve(path), fields);
    }
}
