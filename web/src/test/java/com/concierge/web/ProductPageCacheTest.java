package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Talk;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The product page as it is served under load: what every shopper sees is kept for a while
 * (here 2 s), a guest's whole page is kept and only their form token is put in, and nothing one
 * shopper sees leaks into another's page.
 */
@QuarkusTest
@TestProfile(ProductPageCacheTest.KeptProductPages.class)
class ProductPageCacheTest {

    public static class KeptProductPages extends AssistantConversationTest.DemoStore {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("cc.storefront.product-cache-for", "2S");
            return config;
        }
    }

    private static final String PAGE = "/products/vortex-classic-1050-6";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern PRODUCT_ID = Pattern.compile("name=\"product\" value=\"([0-9a-f-]{36})\"");

    private record Visit(String cookie, String html, String token) {
        static Visit guest() {
            Response page = given().get(PAGE).then().statusCode(200).extract().response();
            String html = page.asString();
            Matcher token = TOKEN.matcher(html);
            assertThat(token.find()).as("a form token").isTrue();
            return new Visit(page.getCookie("cc-csrf"), html, token.group(1));
        }
    }

    @Test
    void everyGuestGetsTheKeptPageWithTheirOwnFormToken() {
        Visit first = Visit.guest();
        Visit second = Visit.guest();
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(second.cookie()).isNotEqualTo(first.cookie());
        assertThat(second.html()).as("both forms carry the second guest's token, and nothing of the first's")
                .doesNotContain(first.token());
        assertThat(TOKEN.matcher(second.html()).results().map(m -> m.group(1)).distinct()).containsExactly(second.token());
        assertThat(second.html().replace(second.token(), first.token())).as("otherwise the same page").isEqualTo(first.html());

        String sku = Pattern.compile("name=\"sku\" value=\"([^\"]+)\"").matcher(second.html()).results().findFirst().orElseThrow().group(1);
        given().redirects().follow(false).cookie("cc-csrf", second.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", second.token()).formParam("sku", sku).formParam("quantity", "1").post("/cart/add")
                .then().statusCode(303);
        // another guest's token does not go with this cookie
        given().redirects().follow(false).cookie("cc-csrf", second.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", first.token()).formParam("sku", sku).formParam("quantity", "1").post("/cart/add")
                .then().statusCode(400);
    }

    @Test
    void aShopperInAConversationOrSignedInGetsTheirOwnPageNotTheGuestCopy() {
        String guest = Visit.guest().html();
        String conversation = AssistantConversationTest.start();
        // the API guest's token is a guest capability: a browser holding it in its cookie is the same guest
        String inConversation = given().cookie("cc_guest", Talk.token(conversation)).get(PAGE + "?c=" + conversation).then().statusCode(200).extract().asString();
        assertThat(inConversation).contains("name=\"c\" value=\"" + conversation + "\"").contains("href=\"/?c=" + conversation + "\"");
        assertThat(guest).doesNotContain(conversation).doesNotContain("name=\"c\"");

        String signedIn = given().auth().oauth2(Keycloak.accessToken("shopper")).get(PAGE).then().statusCode(200).extract().asString();
        assertThat(signedIn).contains("href=\"/logout\"").doesNotContain("id=\"signin\"");
        assertThat(Visit.guest().html()).as("the guest copy is not the signed-in shopper's").contains("id=\"signin\"")
                .doesNotContain("href=\"/logout\"");
    }

    @Test
    void aNewAnswerShowsOnTheKeptPageWithinThePeriod() {
        Visit before = Visit.guest();
        Matcher id = PRODUCT_ID.matcher(before.html());
        assertThat(id.find()).isTrue();
        String question = "Does the lid lock while blending? " + System.nanoTime();
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                .body(Map.of("question", question, "answer", "Yes, it has to click shut first.", "source", "retailer", "answeredOn", "2026-11-01"))
                .post("/api/admin/products/" + id.group(1) + "/qa").then().statusCode(201);

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(Visit.guest().html()).contains(question));
        assertThat(given().auth().oauth2(Keycloak.accessToken("shopper")).get(PAGE).then().statusCode(200).extract().asString())
                .as("a signed-in shopper's page is rendered from the same kept data").contains(question);
    }
}
