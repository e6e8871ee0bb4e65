package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Talk;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A merchandiser finds a product and edits it in the console (docs/console.md#products), signed in
 * through the real Keycloak: a value the category's schema refuses is shown under its field and
 * nothing is saved; the right one is saved, and the product page, the product JSON, the assistant's
 * answer and the change log all show it.
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class ConsoleProductsTest {

    @TestHTTPResource("/")
    URI store;

    @Test
    void aMerchandiserFixesABadValueAndTheAssistantAnswersWithTheNewOne() {
        JsonPath vortex = given().queryParam("category", "blenders").queryParam("brand", "Vortex").queryParam("size", 1)
                .get("/api/products").then().statusCode(200).extract().jsonPath();
        String handle = vortex.getString("hits[0].handle");
        String id = vortex.getString("hits[0].id");
        JsonPath before = given().get("/api/products/" + handle).then().statusCode(200).extract().jsonPath();
        String noise = before.getString("product.attributes.find { it.key == 'noise' }.source");
        String sku = before.getString("product.variants[0].sku");
        int price = before.getInt("product.variants[0].price.minorUnits");

        HttpClient browser = Keycloak.browser();
        HttpResponse<String> list = Keycloak.openSignedIn(browser, store.resolve("/admin/products?category=blenders&q=vortex"), "merchandiser");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("<h1>Products</h1>").contains("href=\"/admin/products/" + handle + "\"").contains("/ 100</td>");

        HttpResponse<String> editor = Keycloak.get(browser, store.resolve("/admin/products/" + handle));
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.body()).contains("name=\"attr.noise\" value=\"" + noise + "\"").contains("How the assistant sees it")
                .contains("A number with its unit, e.g. &quot;12 dB&quot;, 40 to 110 dB.");

        HttpResponse<String> refused = post(browser, editor, "/admin/products/" + handle, Map.of("attr.noise", "whisper quiet"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Nothing was saved: 1 field to correct.").contains("id=\"attr.noise-error\"")
                .contains("value=\"whisper quiet\"").contains("aria-invalid=\"true\"");
        HttpResponse<String> badPrice = post(browser, refused, "/admin/products/" + handle, Map.of("attr.noise", "45 dB", "price." + sku, "12.345"));
        assertThat(badPrice.statusCode()).isEqualTo(422);
        assertThat(badPrice.body()).contains("class=\"error\"").contains("value=\"12.345\"");
        given().get("/api/products/" + handle).then().statusCode(200)
                .body("product.attributes.find { it.key == 'noise' }.source", org.hamcrest.Matchers.equalTo(noise)) // nothing saved
                .body("product.variants[0].price.minorUnits", org.hamcrest.Matchers.equalTo(price));

        try {
            HttpResponse<String> saved = post(browser, badPrice, "/admin/products/" + handle, Map.of("attr.noise", "45 dB"));
            assertThat(saved.statusCode()).isEqualTo(303);
            HttpResponse<String> after = Keycloak.get(browser, store.resolve(saved.headers().firstValue("Location").orElseThrow()));
            assertThat(after.body()).contains("Saved.").contains("name=\"attr.noise\" value=\"45 dB\"");

            given().get("/api/products/" + handle).then()
                    .body("product.attributes.find { it.key == 'noise' }.display", org.hamcrest.Matchers.equalTo("45 dB"))
                    .body("product.variants[0].price.minorUnits", org.hamcrest.Matchers.equalTo(price));
            assertThat(given().get("/products/" + handle).then().statusCode(200).extract().asString()).contains("45 dB");
            JsonPath turn = Talk.say(Talk.start(), "a blender quieter than 50 dB");
            assertThat(turn.getList("recommendations.product", String.class)).as("the only blender under 50 dB now").containsExactly(id);

            HttpResponse<String> log = Keycloak.get(browser, store.resolve("/admin/changes?kind=product&subject=" + id));
            assertThat(log.body()).contains("1–1 of 1").contains("<td>edit</td>").contains("<td>console</td>")
                    .contains("&quot;display&quot;:&quot;45 dB&quot;");
        } finally {
            HttpResponse<String> page = Keycloak.get(browser, store.resolve("/admin/products/" + handle));
            assertThat(post(browser, page, "/admin/products/" + handle, Map.of("attr.noise", noise)).statusCode()).isEqualTo(303);
        }
        assertThat(List.of(given().get("/api/products/" + handle).then().extract().jsonPath()
                .getString("product.attributes.find { it.key == 'noise' }.source"))).containsExactly(noise);
    }

    @Test
    void filtersThatAreNotRightSayWhyAndShoppersAreRefused() {
        HttpClient browser = Keycloak.browser();
        HttpResponse<String> bad = Keycloak.openSignedIn(browser, store.resolve("/admin/products?category=spaceships"), "merchandiser");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("There is no category &#39;spaceships&#39;.");
        assertThat(Keycloak.get(browser, store.resolve("/admin/products?page=0")).body()).contains("Page must be between 1 and 100.");
        assertThat(Keycloak.get(browser, store.resolve("/admin/products/no-such-thing")).statusCode()).isEqualTo(404);
        HttpResponse<String> second = Keycloak.get(browser, store.resolve("/admin/products?category=blenders&sort=price_asc&page=2"));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).containsPattern("21–[0-9]+ of [0-9]+").contains("rel=\"prev\"");
        HttpResponse<String> flagged = Keycloak.get(browser, store.resolve("/admin/products?flagged=on"));
        assertThat(flagged.statusCode()).isEqualTo(200);
        assertThat(flagged.body()).as("the demo's reviews raise flags").contains("most open flags first");
        HttpResponse<String> leastReady = Keycloak.get(browser, store.resolve("/admin/products?category=blenders&readiness=90"));
        assertThat(leastReady.statusCode()).isEqualTo(200);
        assertThat(leastReady.body()).contains("least ready first").contains("value=\"90\"");
        List<Integer> scores = java.util.regex.Pattern.compile("<td>(\\d+) / 100</td>").matcher(leastReady.body()).results()
                .map(m -> Integer.valueOf(m.group(1))).toList();
        assertThat(scores).as("blenders at most 90 ready, least ready first").isNotEmpty().isSorted().allSatisfy(score -> assertThat(score).isLessThanOrEqualTo(90));
        HttpResponse<String> wrongScore = Keycloak.get(browser, store.resolve("/admin/products?readiness=high"));
        assertThat(wrongScore.statusCode()).isEqualTo(400);
        assertThat(wrongScore.body()).contains("Readiness is a score from 0 to 100.").contains("value=\"high\"");
        assertThat(Keycloak.openSignedIn(Keycloak.browser(), store.resolve("/admin/products"), "shopper").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> post(HttpClient browser, HttpResponse<String> page, String path, Map<String, String> fields) {
        return Keycloak.postFormOf(browser, page, store.resolve(path), fields);
    }
    @Test
    void aMerchandiserAddsQaAndACompatibilityLinkAndRemovesTheLink() {
        JsonPath jars = given().queryParam("category", "blender-parts").queryParam("size", 1).get("/api/products").then().statusCode(200)
                .extract().jsonPath();
        String jar = jars.getString("hits[0].handle");
        String jarId = jars.getString("hits[0].id");
        JsonPath blenders = given().queryParam("category", "blenders").queryParam("brand", "Calma").queryParam("size", 1).get("/api/products")
                .then().statusCode(200).extract().jsonPath();
        String blender = blenders.getString("hits[0].handle");
        String blenderTitle = blenders.getString("hits[0].title");

        HttpClient browser = Keycloak.browser();
        HttpResponse<String> editor = Keycloak.openSignedIn(browser, store.resolve("/admin/products/" + jar), "merchandiser");
        assertThat(editor.body()).contains("<h2 id=\"qa-heading\">").contains("<h2 id=\"links-heading\">").contains("&quot;@context&quot;");
        assertThat(Keycloak.get(browser, store.resolve("/admin/products/handles?other=" + java.net.URLEncoder.encode(blenderTitle, java.nio.charset.StandardCharsets.UTF_8))).body())
                .as("search as you type").contains("<option value=\"" + blender + "\">");

        HttpResponse<String> noAnswer = Keycloak.postFormOf(browser, editor, store.resolve("/admin/products/" + jar + "/qa"),
                Map.of("question", "Does it survive a drop?", "answer", " ", "source", "staff"));
        assertThat(noAnswer.statusCode()).isEqualTo(422);
        assertThat(noAnswer.body()).contains("id=\"answer-error\"").contains("id=\"source-error\"").contains("value=\"Does it survive a drop?\"");
        HttpResponse<String> added = Keycloak.postFormOf(browser, editor, store.resolve("/admin/products/" + jar + "/qa"),
                Map.of("question", "Does it survive a drop?", "answer", "From a counter, yes: the jar is Tritan.", "source", "retailer"));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(given().get("/api/products/" + jarId + "/qa").then().statusCode(200).extract().jsonPath().getList("question", String.class))
                .contains("Does it survive a drop?");

        HttpResponse<String> nowhere = Keycloak.postFormOf(browser, editor, store.resolve("/admin/products/" + jar + "/links"),
                Map.of("relation", "FITS", "other", "no-such-blender"));
        assertThat(nowhere.statusCode()).isEqualTo(422);
        assertThat(nowhere.body()).contains("No product has the handle &#39;no-such-blender&#39;.").contains("Nothing was linked");
        HttpResponse<String> linked = Keycloak.postFormOf(browser, editor, store.resolve("/admin/products/" + jar + "/links"),
                Map.of("relation", "FITS", "other", blender, "note", "journey test"));
        assertThat(linked.statusCode()).isEqualTo(303);
        assertThat(linked.headers().firstValue("Location").orElseThrow()).endsWith("?done=linked#links-heading");
        HttpResponse<String> after = Keycloak.get(browser, store.resolve("/admin/products/" + jar + "?done=linked"));
        assertThat(after.body()).contains("Linked.").contains("journey test").contains(">" + blenderTitle + "</a>");
        assertThat(Keycloak.get(browser, store.resolve("/admin/changes?kind=compatibility")).body()).contains("<td>link</td>");

        Map<String, String> remove = Map.of("from", jar, "relation", "FITS", "to", blender, "from_variant", "", "to_variant", "");
        assertThat(Keycloak.postFormOf(browser, after, store.resolve("/admin/products/" + jar + "/links/remove"), remove).statusCode()).isEqualTo(303);
        assertThat(Keycloak.get(browser, store.resolve("/admin/products/" + jar)).body()).doesNotContain("journey test");
        HttpResponse<String> again = Keycloak.postFormOf(browser, after, store.resolve("/admin/products/" + jar + "/links/remove"), remove);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("That link is not there. Nothing was removed.");
    }

    @Test
    void aMerchandiserAddsAVariantAndChangesTheImages() {
        String key = "ed-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String merchandiser = Keycloak.accessToken("merchandiser");
        given().auth().oauth2(merchandiser).contentType("application/json").body("{\"name\": \"Editor test\", \"attributes\": []}")
                .put("/api/admin/categories/" + key).then().statusCode(200);
        String job = given().auth().oauth2(merchandiser).contentType("text/csv").body("""
                product,sku,category,title,brand,price,currency,option:color,images
                %1$s-mug,%1$s-RED,%1$s,Editor mug,Brand,12.00,USD,red,/images/a.svg|/images/b.svg
                """.formatted(key)).post("/api/admin/imports").then().statusCode(202).extract().path("id");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "DONE".equals(
                given().auth().oauth2(merchandiser).get("/api/admin/imports/" + job).then().extract().path("state")));
        String handle = key + "-mug";

        HttpClient browser = Keycloak.browser();
        HttpResponse<String> editor = Keycloak.openSignedIn(browser, store.resolve("/admin/products/" + handle), "merchandiser");
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.body()).contains("name=\"new_sku\"").contains("/images/a.svg\n/images/b.svg");

        HttpResponse<String> wrong = Keycloak.postFormOf(browser, editor, store.resolve("/admin/products/" + handle),
                Map.of("new_sku", key + "-RED", "new_options", "", "new_price", "twelve", "new_stock", "-1"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"new_sku-error\"").contains("is a variant already").contains("id=\"new_options-error\"")
                .contains("id=\"new_price-error\"").contains("id=\"new_stock-error\"").contains("value=\"twelve\"");
        assertThat(given().get("/api/products/" + handle).then().extract().jsonPath().getList("product.variants")).hasSize(1);

        HttpResponse<String> saved = Keycloak.postFormOf(browser, editor, store.resolve("/admin/products/" + handle),
                Map.of("new_sku", key + "-BLUE", "new_options", "color: blue", "new_price", "13.50", "new_stock", "4", "images", "/images/b.svg"));
        assertThat(saved.statusCode()).isEqualTo(303);
        JsonPath product = given().get("/api/products/" + handle).then().statusCode(200).extract().jsonPath();
        assertThat(product.getList("product.variants.sku", String.class)).containsExactlyInAnyOrder(key + "-RED", key + "-BLUE");
        assertThat(product.getString("product.variants.find { it.sku == '" + key + "-BLUE' }.options.color")).isEqualTo("blue");
        assertThat(product.getInt("product.variants.find { it.sku == '" + key + "-BLUE' }.price.minorUnits")).isEqualTo(1350);
        assertThat(product.getList("product.images", String.class)).containsExactly("/images/b.svg");
    }

}
