package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.concierge.web.support.Keycloak;
import com.concierge.web.support.RealServices;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Identity end to end with the real Keycloak and the realm file from k8s/: no @TestSecurity here. */
@QuarkusTest
class SignInAndRolesTest {

    @TestHTTPResource("/admin")
    URI adminPage;

    @Test
    void anonymousBrowserIsSentToKeycloakLoginForTheConsole() {
        HttpResponse<String> response = Keycloak.get(Keycloak.browser(), adminPage);

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(RealServices.services().realmUrl() + "/protocol/openid-connect/auth")
                .contains("client_id=concierge-app")
                .contains("code_challenge_method=S256");
    }

    @Test
    void demoMerchandiserSignsInAndSeesTheConsole() {
        HttpResponse<String> console = Keycloak.openSignedIn(Keycloak.browser(), adminPage, "merchandiser");

        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.uri().getPath()).isEqualTo("/admin");
        assertThat(console.body()).contains("<h1>Merchandiser console</h1>").contains(">merchandiser</strong>").contains("<h2 id=\"queue-heading\">Review queue</h2>");
    }

    @Test
    void signedInShopperIsRefusedTheConsole() {
        HttpResponse<String> console = Keycloak.openSignedIn(Keycloak.browser(), adminPage, "shopper");

        assertThat(console.statusCode()).isEqualTo(403);
    }

    @Test
    void wrongPasswordStaysOnTheLoginPageWithAMessage() {
        HttpClient browser = Keycloak.browser();
        HttpResponse<String> page = Keycloak.get(browser, adminPage);
        page = Keycloak.get(browser, URI.create(page.headers().firstValue("Location").orElseThrow()));

        HttpResponse<String> retry = Keycloak.submitLogin(browser, page, "merchandiser", "not-the-password");

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).contains("Invalid username or password");
    }

    @Test
    void adminApiNeedsAToken() {
        given().contentType("application/json").body("{}")
                .when().post("/api/admin/products")
                .then().statusCode(401);
    }

    @Test
    void aBodilessPostNeedsNoContentType() {
        String token = Keycloak.accessToken("shopper");
        String guestCart = given().contentType("application/json").body("{}").post("/api/carts").then().statusCode(201).extract().path("id");
        io.restassured.RestAssured.given().auth().oauth2(token).post("/api/carts/" + guestCart + "/merge").then().statusCode(200);
    }

    @Test
    void shopperTokenGets403OnTheAdminApi() {
        given().auth().oauth2(Keycloak.accessToken("shopper")).contentType("application/json").body("{}")
                .when().post("/api/admin/products")
                .then().statusCode(403);
    }

    @Test
    void opsApiIsForOpsOnly() {
        given().auth().oauth2(Keycloak.accessToken("ops")).when().get("/api/ops/outbox")
                .then().statusCode(200)
                .body("pending", org.hamcrest.Matchers.greaterThanOrEqualTo(0))
                .body("sent", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).when().get("/api/ops/outbox").then().statusCode(403);
        given().auth().oauth2(Keycloak.accessToken("shopper")).when().get("/api/ops/outbox").then().statusCode(403);
    }

    @Test
    void publicStorefrontClientAllowsNoPasswordGrant() {
        HttpResponse<String> response = Keycloak.send(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create(RealServices.services().realmUrl() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(Keycloak.form(Map.of("grant_type", "password",
                                "client_id", "concierge-storefront", "username", "shopper",
                                "password", Keycloak.DEMO_PASSWORDS.get("shopper")))))
                        .build());

        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.body()).contains("unauthorized_client");
    }

    @Test
    void realmHasBruteForceProtectionAndShortTokens() {
        URI base = RealServices.services().keycloakUrl();
        HttpResponse<String> adminToken = Keycloak.send(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(base.resolve("/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(Keycloak.form(Map.of("grant_type", "password",
                                "client_id", "admin-cli", "username", "admin",
                                "password", RealServices.services().keycloakAdminPassword()))))
                        .build());
        String token = adminToken.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        given().baseUri(base.toString()).auth().oauth2(token)
                .when().get("/admin/realms/concierge")
                .then().statusCode(200)
                .body("bruteForceProtected", equalTo(true))
                .body("accessTokenLifespan", org.hamcrest.Matchers.lessThanOrEqualTo(300));
    }
}
