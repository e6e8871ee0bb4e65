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
import org.junit.jupiter.api.Test;

/**
 * The data-quality page (docs/console.md#data-quality) through the real Keycloak login: what
 * shoppers asked for comes from their conversations (after the KPI recompute), the least ready
 * products are listed worst first with links to their editor, a category that does not exist is
 * said, and shoppers are refused.
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class ConsoleQualityTest {

    @TestHTTPResource("/")
    URI store;

    @Inject
    Outbox outbox;

    @Test
    void aMerchandiserSeesWhatShoppersAskForAndTheLeastReadyProducts() {
        Talk.say(Talk.start(), "a blender under 70 dB please");
        outbox.deliverPending();
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).queryParam("day", LocalDate.now(ZoneOffset.UTC).toString())
                .post("/api/admin/kpis/recompute").then().statusCode(200);

        HttpClient browser = Keycloak.browser();
        HttpResponse<String> page = Keycloak.openSignedIn(browser, store.resolve("/admin/quality?category=blenders"), "merchandiser");
        assertThat(page.statusCode()).as("the page: %s", page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Data quality</h1>").containsPattern("Noise at full speed: [1-9][0-9]* conversation")
                .contains("Least ready first").contains("href=\"/admin/products/").contains("/ 100</td>")
                .contains("Reviews that contradict the catalog");

        HttpResponse<String> wrong = Keycloak.get(browser, store.resolve("/admin/quality?category=spaceships"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("There is no category &#39;spaceships&#39;.");
        assertThat(Keycloak.openSignedIn(Keycloak.browser(), store.resolve("/admin/quality"), "shopper").statusCode()).isEqualTo(403);
    }
}
