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
        assertThat(page.body()).contains("value=\"noise lowest 25%\"").contains("value=\"capacity at least 6 qt\"").contains("<h2 id=\"schema-heading\">");
        assertThat(schemaRows(page)).as("the schema's ranges in the display unit, not the stored millilitres")
                .anySatisfy(row -> assertThat(row).startsWith("capacity", "capacity", "Basket capacity", "number", "qt", "1.057", "12.68"));
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

    @Test
    void aMerchandiserEditsTheSchemaAndIsToldWhatItWouldRefuse() {
        HttpClient browser = Keycloak.browser();
        HttpResponse<String> page = Keycloak.openSignedIn(browser, store.resolve("/admin/categories/" + CATEGORY), "merchandiser");
        List<String[]> stored = schemaRows(page);
        int version = schema().getInt("schemaVersion");

        HttpResponse<String> same = postSchema(browser, page, stored, "preview");
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(same.body()).as("the form as shown, rounded to the display unit, is the stored schema")
                .contains("The attributes are as stored; saving changes nothing.");

        List<String[]> quieter = edited(stored, "noise", 6, "50");
        HttpResponse<String> refusing = postSchema(browser, page, quieter, "preview");
        assertThat(refusing.statusCode()).isEqualTo(200);
        assertThat(refusing.body()).contains("changed noise: number in dB, 35 dB–80 dB, labelled &quot;Noise&quot;, required → number in dB, 35 dB–50 dB")
                .contains("the new schema refuses").contains("<td><code>noise</code></td>").contains("is outside");
        HttpResponse<String> refused = postSchema(browser, page, quieter, "save");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Nothing was saved: the stored products or reason rules do not fit this schema")
                .contains("value=\"50\"");
        assertThat(schema().getInt("schemaVersion")).as("nothing saved").isEqualTo(version);
        String apiRefusal = given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                .body(Map.of("name", "Air fryers", "attributes", List.of(Map.of("key", "capacity", "type", "number", "unit", "qt"))))
                .put("/api/admin/categories/" + CATEGORY).then().statusCode(400).extract().jsonPath().getString("detail");
        assertThat(apiRefusal).as("the API refuses a schema the rules do not fit").contains("reason rule quiet (noise lowest 25%)");

        List<String[]> withoutNoise = edited(stored, "noise", 0, "");
        HttpResponse<String> ruleConflict = postSchema(browser, page, withoutNoise, "preview");
        assertThat(ruleConflict.body()).contains("removed noise (").contains("Reason rules the new schema cannot hold")
                .contains("reason rule quiet (noise lowest 25%)");

        List<String[]> withShape = new ArrayList<>(stored);
        withShape.add(new String[] {"basket_shape", "", "Basket shape", "enum", "", "", "", "round\nsquare, flat", "yes"});
        HttpResponse<String> adding = postSchema(browser, page, withShape, "preview");
        assertThat(adding.body()).contains("added basket_shape (enum of round, square, flat, labelled &quot;Basket shape&quot;, required)")
                .containsPattern("\\d+ products lack a value the new schema requires");
        List<String[]> badRow = new ArrayList<>(stored);
        badRow.add(new String[] {"basket_depth", "", "Basket depth", "number", "furlongs", "", "", "", ""});
        badRow.add(new String[] {"basket_finish", "", "Basket finish", "number", "", "", "", "matte", ""});
        HttpResponse<String> wrongUnit = postSchema(browser, page, badRow, "save");
        assertThat(wrongUnit.statusCode()).isEqualTo(422);
        assertThat(wrongUnit.body()).contains("Nothing was saved: correct the attributes marked below.").contains("unknown unit &#39;furlongs&#39;").contains("only enum and list attributes take allowed values")
                .contains("value=\"furlongs\"");
        try {
            HttpResponse<String> saved = postSchema(browser, page, withShape, "save");
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(Keycloak.get(browser, store.resolve(saved.headers().firstValue("Location").orElseThrow())).body())
                    .contains("The schema was saved as version " + (version + 1) + ".").contains("value=\"basket_shape\"")
                    .contains("href=\"/admin/changes?kind=category&amp;subject=" + CATEGORY + "\"");
            assertThat(schema().getList("attributes.key")).contains("basket_shape");
            assertThat(Keycloak.get(browser, store.resolve("/admin/changes?kind=category&subject=" + CATEGORY)).body())
                    .contains("basket_shape").contains("<td>console</td>");
            assertThat(given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                    .body(Map.of("name", "Air fryers", "attributes", List.of())).post("/api/admin/categories/" + CATEGORY + "/preview")
                    .then().statusCode(200).extract().jsonPath().getList("changes", String.class))
                    .as("the API previews the same way").contains("removed basket_shape");
            assertThat(given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                    .body(Map.of("name", "Air fryers", "attributes", List.of())).post("/api/admin/categories/" + CATEGORY + "/preview")
                    .then().statusCode(200).extract().jsonPath().getBoolean("blocked"))
                    .as("removing every attribute the rules name would be refused").isTrue();
        } finally {
            HttpResponse<String> back = postSchema(browser, page, stored, "save");
            assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
        }
        assertThat(schema().getList("attributes.key")).doesNotContain("basket_shape");
    }

    private static JsonPath schema() {
        return given().get("/api/categories/" + CATEGORY).then().statusCode(200).extract().jsonPath();
    }

    private static final Pattern SCHEMA_ROW = Pattern.compile("name=\"attr_key\" value=\"([^\"]*)\".*?name=\"attr_was\" value=\"([^\"]*)\""
            + ".*?name=\"attr_label\" value=\"([^\"]*)\".*?<option selected>([a-z]+)</option>.*?name=\"attr_unit\" value=\"([^\"]*)\""
            + ".*?name=\"attr_min\" value=\"([^\"]*)\".*?name=\"attr_max\" value=\"([^\"]*)\".*?<textarea name=\"attr_values\"[^>]*>([^<]*)</textarea>"
            + ".*?name=\"attr_required\" value=\"\\d+\"[^>]*?( checked)?>", Pattern.DOTALL);

    /** The schema form's filled rows as the page shows them: key, was, label, type, unit, lowest, highest, values, "yes" when required. */
    private static List<String[]> schemaRows(HttpResponse<String> page) {
        List<String[]> rows = new ArrayList<>();
        Matcher row = SCHEMA_ROW.matcher(page.body());
        while (row.find()) {
            if (!row.group(1).isEmpty()) {
                rows.add(new String[] {unescape(row.group(1)), unescape(row.group(2)), unescape(row.group(3)), row.group(4), unescape(row.group(5)),
                        unescape(row.group(6)), unescape(row.group(7)), unescape(row.group(8)), row.group(9) == null ? "" : "yes"});
            }
        }
        assertThat(rows).as("the schema form's rows").isNotEmpty();
        return rows;
    }

    /** The rows with one field of the named attribute's row replaced. */
    private static List<String[]> edited(List<String[]> rows, String key, int field, String value) {
        return rows.stream().map(row -> {
            if (!row[0].equals(key)) {
                return row;
            }
            String[] copy = row.clone();
            copy[field] = value;
            return copy;
        }).toList();
    }

    /** The schema form as a browser sends it, with the empty rows the page offers. */
    private HttpResponse<String> postSchema(HttpClient browser, HttpResponse<String> page, List<String[]> rows, String action) {
        Matcher token = FORM_TOKEN.matcher(page.body());
        assertThat(token.find()).as("the page's form token").isTrue();
        StringBuilder body = new StringBuilder("csrf-token=" + encode(token.group(1)) + "&name=" + encode("Air fryers"));
        List<String[]> all = new ArrayList<>(rows);
        all.add(new String[] {"", "", "", "number", "", "", "", "", ""});
        String[] fields = {"attr_key", "attr_was", "attr_label", "attr_type", "attr_unit", "attr_min", "attr_max", "attr_values"};
        for (int i = 0; i < all.size(); i++) {
            for (int f = 0; f < fields.length; f++) {
                body.append('&').append(fields[f]).append('=').append(encode(all.get(i)[f]));
            }
            if ("yes".equals(all.get(i)[8])) {
                body.append("&attr_required=").append(i);
            }
        }
        body.append("&action=").append(action);
        return Keycloak.send(browser, HttpRequest.newBuilder(store.resolve("/admin/categories/" + CATEGORY + "/schema"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
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
