package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Categories and reason-code rules in the console (docs/console.md#categories-and-reason-rules),
 * signed in through the real Keycloak: the air fryers' rules are shown as lines; a condition the
 * schema cannot read is refused under its row with nothing saved; a preview lists which products
 * would gain a label and saves nothing; a save makes the next version, relabels, lists the change
 * and is in the change log; the API previews the same way.
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class ConsoleCategoriesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String CATEGORY = "air-fryers";

    @TestHTTPResource("/")
    URI store;

    @Test
    void aMerchandiserPreviewsAndSavesReasonRules() {
        HttpClient browser = Keycloak.browser();
        assertThat(Keycloak.openSignedIn(browser, store.resolve("/admin/categories"), "merchandiser").body())
                .contains("<h1>Categories</h1>").contains("href=\"/admin/categories/" + CATEGORY + "\"");
        HttpResponse<String> page = Keycloak.get(browser, store.resolve("/admin/categories/" + CATEGORY));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"noise lowest 25%\"").contains("value=\"capacity at least 6 qt\"").contains("<h2 id=\"schema-heading\">")
                .as("the schema's ranges in the display unit, not the stored millilitres").contains("<td>qt</td><td>1.057–12.68</td>");
        int version = rules().getInt("version");
        List<String[]> original = List.of(new String[] {"quiet", "Quiet", "noise lowest 25%"},
                new String[] {"easy_to_clean", "Easy to clean", "dishwasher_safe is yes"},
                new String[] {"compact", "Compact", "width at most 12 in"},
                new String[] {"family_size", "Family size", "capacity at least 6 qt"});
        List<String[]> wider = new ArrayList<>(original);
        wider.set(3, new String[] {"family_size", "Family size", "capacity at least 4 qt"});

        List<String[]> wrong = new ArrayList<>(original);
        wrong.set(3, new String[] {"family_size", "Family size", "capacity roomiest 10%"});
        HttpResponse<String> refused = post(browser, page, wrong, "", "save");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Nothing was saved: correct the rules marked below.").contains("is not a condition")
                .contains("value=\"capacity roomiest 10%\"").contains("aria-invalid=\"true\"");
        assertThat(rules().getInt("version")).isEqualTo(version);

        HttpResponse<String> preview = post(browser, page, wider, "", "preview");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Preview: what saving these rules would change").contains("<code>family_size</code>")
                .contains("<td>gains</td>").contains("value=\"capacity at least 4 qt\"");
        assertThat(rules().getInt("version")).as("a preview saves nothing").isEqualTo(version);
        List<Map<String, Object>> apiPreview = given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                .body(Map.of("rules", List.of(Map.of("code", "family_size", "label", "Family size",
                        "condition", Map.of("op", "at_least", "attribute", "capacity", "value", "4 qt")))))
                .post("/api/admin/categories/" + CATEGORY + "/reason-rules/preview").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(apiPreview).anySatisfy(c -> assertThat(c).containsEntry("code", "family_size").containsEntry("kind", "GAINED"))
                .anySatisfy(c -> assertThat(c).containsEntry("code", "quiet").containsEntry("kind", "LOST"));

        try {
            HttpResponse<String> saved = post(browser, page, wider, "bigger baskets count as family size", "save");
            assertThat(saved.statusCode()).isEqualTo(303);
            HttpResponse<String> after = Keycloak.get(browser, store.resolve(saved.headers().firstValue("Location").orElseThrow()));
            assertThat(after.body()).contains("Saved as version " + (version + 1)).contains("bigger baskets count as family size")
                    .contains("<td>gained</td>").contains(version + " → " + (version + 1));
            assertThat(rules().getInt("version")).isEqualTo(version + 1);
            assertThat(given().auth().oauth2(Keycloak.accessToken("merchandiser")).get("/api/admin/categories/" + CATEGORY + "/reason-rules/versions")
                    .then().statusCode(200).extract().jsonPath().getInt("[0].version")).isEqualTo(version + 1);
            assertThat(Keycloak.get(browser, store.resolve("/admin/changes?kind=reason-rules&subject=" + CATEGORY)).body())
                    .contains("capacity").contains("<td>console</td>");
        } finally {
            assertThat(post(browser, page, original, "back to the demo rules", "save").statusCode()).isEqualTo(303);
        }
        assertThat(Keycloak.get(browser, store.resolve("/admin/categories/no-such-category")).statusCode()).isEqualTo(404);
        assertThat(Keycloak.openSignedIn(Keycloak.browser(), store.resolve("/admin/categories"), "shopper").statusCode()).isEqualTo(403);
    }

    private static JsonPath rules() {
        return given().get("/api/categories/" + CATEGORY + "/reason-rules").then().statusCode(200).extract().jsonPath();
    }

    /** The rules form as a browser sends it: a code, label and condition per row, repeated. */
    private HttpResponse<String> post(HttpClient browser, HttpResponse<String> page, List<String[]> rows, String note, String action) {
        Matcher token = FORM_TOKEN.matcher(page.body());
        assertThat(token.find()).as("the page's form token").isTrue();
        StringBuilder body = new StringBuilder("csrf-token=" + encode(token.group(1)));
        for (String[] row : rows) {
            body.append("&code=").append(encode(row[0])).append("&label=").append(encode(row[1])).append("&condition=").append(encode(row[2]));
        }
        body.append("&code=&label=&condition=&note=").append(encode(note)).append("&action=").append(action);
        return Keycloak.send(browser, HttpRequest.newBuilder(store.resolve("/admin/categories/" + CATEGORY + "/rules"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
