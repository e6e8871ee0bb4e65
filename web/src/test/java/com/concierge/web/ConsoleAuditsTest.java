package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.kernel.events.Outbox;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Talk;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A reviewer grades a sampled answer in the console (docs/console.md#answer-audits) through the real
 * Keycloak login: the answer is shown as the shopper saw it, their number redacted; a score out of
 * range is refused with the API's message and nothing graded; a right grade is kept and logged.
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class ConsoleAuditsTest {

    @TestHTTPResource("/")
    URI store;

    @Inject
    Outbox outbox;

    @Test
    void aReviewerGradesASampledAnswer() {
        String conversation = Talk.start();
        Talk.say(conversation, "a quiet blender under $150, call me on 555-123-4567");
        outbox.deliverPending();
        List<Map<String, Object>> sampled = given().auth().oauth2(Keycloak.accessToken("merchandiser"))
                .queryParam("day", LocalDate.now(ZoneOffset.UTC).toString()).post("/api/admin/audits/sample")
                .then().statusCode(200).extract().jsonPath().getList("$");
        String id = (String) sampled.stream().filter(i -> conversation.equals(i.get("conversation"))).findFirst()
                .orElseThrow(() -> new AssertionError("the answer was not sampled")).get("id");

        HttpClient browser = Keycloak.browser();
        HttpResponse<String> page = Keycloak.openSignedIn(browser, store.resolve("/admin/audits?item=" + id), "merchandiser");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Answer audits</h1>").contains("call me on [phone]").doesNotContain("555-123-4567")
                .contains("<strong>Reply:</strong>").contains("Recommended:");
        assertThat(Keycloak.get(browser, store.resolve("/admin/audits")).body()).contains("open.");

        HttpResponse<String> wrong = post(browser, page, "/admin/audits/" + id + "/grade", Map.of("accuracy", "5", "policy", "5"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("Tone must be a score from 1 to 5. Nothing was graded.").contains("id=\"error-" + id + "\"");
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).get("/api/admin/audits/" + id).then().body("status",
                org.hamcrest.Matchers.equalTo("OPEN"));

        HttpResponse<String> graded = post(browser, wrong, "/admin/audits/" + id + "/grade",
                Map.of("accuracy", "4", "policy", "5", "tone", "3", "comment", "fine, a bit terse"));
        assertThat(graded.statusCode()).isEqualTo(303);
        HttpResponse<String> after = Keycloak.get(browser, store.resolve(graded.headers().firstValue("Location").orElseThrow()));
        assertThat(after.body()).contains("Graded.").contains("Graded by merchandiser: accuracy 4, policy 5, tone 3")
                .contains("fine, a bit terse");
        assertThat(Keycloak.get(browser, store.resolve("/admin/changes?kind=answer-audit&subject=" + id)).body()).contains("1–1 of 1");
        assertThat(post(browser, after, "/admin/audits/" + java.util.UUID.randomUUID() + "/grade", Map.of("accuracy", "4")).statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> post(HttpClient browser, HttpResponse<String> page, String path, Map<String, String> fields) {
        return Keycloak.postFormOf(browser, page, store.resolve(path), fields);
    }
}
