package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The change log (docs/console.md#change-log): a merchandiser's changes through the admin API are
 * recorded with who, when, before and after; a refused change records nothing; ops and
 * merchandisers read it (API and console page), shoppers cannot, and nothing edits an entry.
 */
@QuarkusTest
class ChangeLogTest {

    @TestHTTPResource("/")
    URI store;

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user));
    }

    @Test
    void changesAreRecordedWithWhoWhenBeforeAndAfter() {
        String code = "LOG" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        as("merchandiser").contentType("application/json").body("{\"kind\": \"PERCENT\", \"value\": \"10\", \"active\": true}")
                .put("/api/admin/discounts/" + code).then().statusCode(200);
        as("merchandiser").contentType("application/json").body("{\"kind\": \"PERCENT\", \"value\": \"15\", \"active\": true}")
                .put("/api/admin/discounts/" + code).then().statusCode(200);
        as("merchandiser").contentType("application/json").body("{\"kind\": \"PERCENT\", \"value\": \"ten\", \"active\": true}")
                .put("/api/admin/discounts/" + code).then().statusCode(400); // refused: nothing changed, nothing recorded
        as("merchandiser").delete("/api/admin/discounts/" + code).then().statusCode(204);
        as("merchandiser").delete("/api/admin/discounts/" + code).then().statusCode(404);

        JsonPath log = as("ops").queryParam("kind", "discount").queryParam("subject", code).get("/api/admin/changes")
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getLong("total")).isEqualTo(3);
        assertThat(log.getList("changes.action", String.class)).containsExactly("delete", "put", "put"); // newest first
        assertThat(log.getList("changes.actorName", String.class)).containsOnly("merchandiser");
        assertThat(log.getList("changes.actorSubject", String.class)).doesNotContain("merchandiser").doesNotContainNull();
        assertThat(log.getList("changes.via", String.class)).containsOnly("api");

        Map<String, Object> created = log.getMap("changes[2]");
        assertThat(created.get("before")).isNull();
        assertThat((String) created.get("after")).contains("\"value\":10");
        Map<String, Object> changed = log.getMap("changes[1]");
        assertThat((String) changed.get("before")).contains("\"value\":10");
        assertThat((String) changed.get("after")).contains("\"value\":15");
        Map<String, Object> removed = log.getMap("changes[0]");
        assertThat((String) removed.get("before")).contains("\"value\":15");
        assertThat(removed.get("after")).isNull();
        assertThat(Instant.parse((String) removed.get("at"))).isAfterOrEqualTo(Instant.parse((String) created.get("at")));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        as("merchandiser").queryParam("actor", "merchandiser").queryParam("from", today).queryParam("to", today)
                .queryParam("subject", code).get("/api/admin/changes").then().statusCode(200).body("total", equalTo(3));
        as("merchandiser").queryParam("actor", "ops").queryParam("subject", code).get("/api/admin/changes")
                .then().body("total", equalTo(0));
        as("merchandiser").queryParam("subject", code).queryParam("limit", 1).queryParam("offset", 1).get("/api/admin/changes")
                .then().body("total", equalTo(3)).body("changes.action", equalTo(List.of("put")));

        HttpResponse<String> page = Keycloak.openSignedIn(Keycloak.browser(), store.resolve("/admin/changes?subject=" + code), "merchandiser");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Change log</h1>").contains("1–3 of 3").contains("<code>" + code + "</code>")
                .contains("<td>delete</td>").contains("&quot;value&quot;:15");
    }

    @Test
    void onlyMerchandisersAndOpsReadItAndNothingEditsIt() {
        given().get("/api/admin/changes").then().statusCode(401);
        as("shopper").get("/api/admin/changes").then().statusCode(403);
        assertThat(Keycloak.openSignedIn(Keycloak.browser(), store.resolve("/admin/changes"), "shopper").statusCode()).isEqualTo(403);
        as("ops").contentType("application/json").body("{}").put("/api/admin/changes").then().statusCode(405);
        as("ops").delete("/api/admin/changes").then().statusCode(405);

        as("ops").queryParam("from", "yesterday").get("/api/admin/changes").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("from must be a day as YYYY-MM-DD"));
        as("ops").queryParam("limit", 500).get("/api/admin/changes").then().statusCode(400)
                .body("detail", containsString("limit must be 1 to 200"));
        as("ops").queryParam("from", "2026-12-05").queryParam("to", "2026-12-01").get("/api/admin/changes").then().statusCode(400)
                .body("detail", containsString("from must be before to"));
        HttpResponse<String> page = Keycloak.openSignedIn(Keycloak.browser(), store.resolve("/admin/changes?to=soon"), "ops");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("To must be a day as YYYY-MM-DD").contains("value=\"soon\"");
    }
}
