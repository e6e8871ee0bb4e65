package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Operations in the console (docs/console.md#operations) through the real Keycloak login: an
 * operator sees event delivery, the search index against the database and the catalog's jobs,
 * repairs the index, rebuilds it and follows the rebuild's progress to the end; reads imports
 * without being offered the upload; shoppers are refused. The ops API starts the same rebuild.
 */
@QuarkusTest
class ConsoleOperationsTest {

    @TestHTTPResource("/")
    URI store;

    @Test
    void anOperatorRepairsAndRebuildsTheSearchIndexAndFollowsTheRebuild() {
        HttpClient browser = Keycloak.browser();
        HttpResponse<String> page = Keycloak.openSignedIn(browser, store.resolve("/admin/operations"), "ops");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Operations</h1>").contains("Event delivery").contains("action=\"/admin/operations/compare\"")
                .contains("action=\"/admin/operations/rebuild\"").doesNotContain("href=\"/admin\">Console</a>");

        HttpResponse<String> compared = Keycloak.postFormOf(browser, page, store.resolve("/admin/operations/compare"), Map.of());
        assertThat(compared.statusCode()).isEqualTo(200);
        assertThat(compared.body()).contains("Compared: the figures below are from now.").contains("compared document by").contains("Products sold");

        HttpResponse<String> after = Keycloak.postFormOf(browser, page, store.resolve("/admin/operations/repair"), Map.of());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Repaired:").contains("In step with the database");

        HttpResponse<String> rebuilt = Keycloak.postFormOf(browser, after, store.resolve("/admin/operations/rebuild"), Map.of());
        assertThat(rebuilt.statusCode()).isEqualTo(303);
        URI job = store.resolve(rebuilt.headers().firstValue("Location").orElseThrow());
        assertThat(job.getPath()).startsWith("/admin/imports/");
        HttpResponse<String> done = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> Keycloak.get(browser, job), r -> r.body().contains("Done:") || r.body().contains("failed"));
        assertThat(done.body()).contains("<h1>Search index rebuild of").contains("products indexed; search finds every product again")
                .doesNotContain("http-equiv=\"refresh\"");
        assertThat(Keycloak.get(browser, store.resolve("/admin/operations")).body()).contains("search index rebuild").contains("<td>done</td>");

        HttpResponse<String> imports = Keycloak.get(browser, store.resolve("/admin/imports"));
        assertThat(imports.statusCode()).isEqualTo(200);
        assertThat(imports.body()).contains("Uploading a file is a merchandiser's").doesNotContain("multipart/form-data");
        assertThat(Keycloak.postFormOf(browser, after, store.resolve("/admin/imports"), Map.of()).statusCode())
                .as("only a merchandiser uploads").isEqualTo(403);
        assertThat(Keycloak.get(browser, store.resolve("/admin/changes?kind=search-index")).body()).contains("rebuild").contains("repair");

        assertThat(Keycloak.openSignedIn(Keycloak.browser(), store.resolve("/admin/operations"), "shopper").statusCode()).isEqualTo(403);
        assertThat(Keycloak.openSignedIn(Keycloak.browser(), store.resolve("/admin/operations"), "merchandiser").body())
                .contains("href=\"/admin\">Console</a>");
    }

    @Test
    void theOpsApiRebuildsInTheBackground() {
        String ops = Keycloak.accessToken("ops");
        String location = given().auth().oauth2(ops).post("/api/ops/search/rebuild").then().statusCode(202)
                .body("kind", equalTo("REINDEX")).extract().header("Location");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                "DONE".equals(given().auth().oauth2(ops).get(location).then().statusCode(200).extract().path("state")));
        given().auth().oauth2(ops).get("/api/ops/jobs").then().statusCode(200).body("[0].kind", equalTo("REINDEX"));
        given().auth().oauth2(ops).get("/api/ops/jobs/not-a-job").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not a job id"));
        given().auth().oauth2(ops).queryParam("limit", 0).get("/api/ops/jobs").then().statusCode(400);
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).post("/api/ops/search/rebuild").then().statusCode(403);
    }

    /**
     * The page's buttons post its forms (with their token); any other body is refused before anything
     * runs: a text/plain post is what another site could send with the merchandiser's cookie, and a
     * JSON one rendered the page without a form token (500).
     */
    @Test
    void thePagesActionsTakeOnlyTheirForms() {
        String merchandiser = Keycloak.accessToken("merchandiser");
        for (String action : java.util.List.of("compare", "repair", "rebuild")) {
            given().auth().oauth2(merchandiser).contentType("text/plain").body("x").post("/admin/operations/" + action).then().statusCode(415);
            given().auth().oauth2(merchandiser).contentType("application/json").body("{}").post("/admin/operations/" + action).then().statusCode(415);
        }
    }
}
