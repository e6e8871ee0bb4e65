package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every answer keeps (docs/security.md#answers-that-hold-personal-data): no caching of
 * anything that may carry personal data, SameSite on every cookie, Secure on every cookie of a
 * request that came over https through a trusted proxy.
 */
@QuarkusTest
class ResponsePolicyTest {

    @Test
    void pagesAndApiAnswersWithPersonalDataAreNeverStored() {
        for (String page : List.of("/", "/cart", "/checkout", "/checkout/orders/00000000-0000-0000-0000-000000000000", "/search?q=kettle",
                "/session-expired")) {
            assertThat(given().redirects().follow(false).get(page).header("Cache-Control")).as(page).isEqualTo("no-store");
        }
        String shopper = Keycloak.accessToken("shopper");
        assertThat(given().auth().oauth2(shopper).get("/api/me/history").then().statusCode(200).extract().header("Cache-Control"))
                .isEqualTo("no-store");
        assertThat(given().auth().oauth2(shopper).get("/api/orders").header("Cache-Control")).isEqualTo("no-store");
        assertThat(given().get("/css/site.css").header("Cache-Control")).as("static assets say public themselves").startsWith("public");
    }

    @Test
    void everyCookieHasSameSiteAndIsSecureOverHttps() {
        Response plain = given().get("/");
        List<String> cookies = plain.headers().getValues("Set-Cookie");
        assertThat(cookies).as("the CSRF cookie at least").isNotEmpty();
        assertThat(cookies).allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=").doesNotContainIgnoringCase("; Secure"));

        Response https = given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "shop.example").get("/");
        List<String> secure = https.headers().getValues("Set-Cookie");
        assertThat(secure).isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=").containsIgnoringCase("; Secure"));

        // the sign-in redirect's own cookies (Quarkus OIDC's state) too
        Response signIn = given().redirects().follow(false).header("X-Forwarded-Proto", "https").get("/signin");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().getValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("q_auth"))
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=").containsIgnoringCase("; Secure"));
    }
}
