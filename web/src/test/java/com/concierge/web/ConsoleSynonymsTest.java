package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.concierge.assistant.internal.intent.VocabularySource;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.search.Synonym;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Talk;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A merchandiser edits synonyms in the console (docs/console.md#synonyms), signed in through the
 * real Keycloak: a meaning the catalog does not have is refused next to its field and nothing is
 * saved; a right one is saved, and the assistant reads the shopper's words with it.
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class ConsoleSynonymsTest {

    @Inject
    Catalog catalog;

    @Inject
    VocabularySource vocabularies;

    @TestHTTPResource("/")
    URI store;

    @Test
    void aMerchandiserAddsASynonymAndTheAssistantReadsIt() {
        HttpClient browser = Keycloak.browser();
        HttpResponse<String> page = Keycloak.openSignedIn(browser, store.resolve("/admin/synonyms"), "merchandiser");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Synonyms</h1>").contains("<td>hoover</td>");

        HttpResponse<String> wrong = post(browser, page, "/admin/synonyms", Map.of("term", "Puddle proof", "kind", "attribute", "target", "waterproof=maybe"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"target-error\"").contains("does not take &#39;maybe&#39;: it is yes or no")
                .contains("value=\"Puddle proof\"").contains("aria-invalid=\"true\"");
        HttpResponse<String> noTerm = post(browser, wrong, "/admin/synonyms", Map.of("term", " ", "kind", "mood", "target", "x"));
        assertThat(noTerm.statusCode()).isEqualTo(422);
        assertThat(noTerm.body()).contains("id=\"term-error\"").contains("id=\"kind-error\"");
        assertThat(catalog.synonyms()).extracting(Synonym::term).doesNotContain("puddle proof");

        HttpResponse<String> saved = post(browser, noTerm, "/admin/synonyms", Map.of("term", "Puddle proof", "kind", "attribute", "target", "waterproof=yes"));
        assertThat(saved.statusCode()).isEqualTo(303);
        HttpResponse<String> after = Keycloak.get(browser, store.resolve(saved.headers().firstValue("Location").orElseThrow()));
        assertThat(after.body()).contains("Saved &quot;puddle proof&quot;").contains("<td>puddle proof</td>");

        vocabularies.refresh(); // what the 30-second schedule does on every replica
        JsonPath turn = Talk.say(Talk.start(), "trail running shoes, puddle proof please");
        assertThat(turn.getString("constraints.find { it.id == 'attr.waterproof' }.values[0]")).isEqualTo("yes");

        HttpResponse<String> removed = post(browser, after, "/admin/synonyms/remove", Map.of("term", "puddle proof"));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(catalog.synonyms()).extracting(Synonym::term).doesNotContain("puddle proof");
        HttpResponse<String> again = post(browser, after, "/admin/synonyms/remove", Map.of("term", "puddle proof"));
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("There is no synonym &quot;puddle proof&quot;");

        HttpResponse<String> log = Keycloak.get(browser, store.resolve("/admin/changes?kind=synonym&subject=puddle+proof"));
        assertThat(log.body()).as("the console's changes in the change log; the refused ones are not")
                .contains("1–2 of 2").contains("<td>console</td>").contains("<td>delete</td>").contains("<td>put</td>")
                .contains("&quot;target&quot;:&quot;waterproof=yes&quot;");
    }

    @Test
    void shoppersAreRefusedAndTheApiRefusesTheSameMeanings() {
        assertThat(Keycloak.openSignedIn(Keycloak.browser(), store.resolve("/admin/synonyms"), "shopper").statusCode()).isEqualTo(403);
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                .body("{\"kind\": \"reason\", \"target\": \"quiett\"}").put("/api/admin/synonyms/hush")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("reason code 'quiett'"));
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                .body("{\"kind\": \"attribute\", \"target\": \"jar_material=granite\"}").put("/api/admin/synonyms/rock jar")
                .then().statusCode(400).body("detail", containsString("takes"));
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                .body("{\"kind\": \"reason\", \"target\": \"quiet\"}").put("/api/admin/synonyms/hushed").then().statusCode(200);
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).delete("/api/admin/synonyms/hushed").then().statusCode(204);
    }

    private HttpResponse<String> post(HttpClient browser, HttpResponse<String> page, String path, Map<String, String> fields) {
        return Keycloak.postFormOf(browser, page, store.resolve(path), fields);
    }
}
