package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.concierge.web.support.Keycloak;
import com.concierge.web.support.RealServices;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Keycloak replaces its signing keys under a running store (docs/security.md#key-rotation): the store
 * takes tokens signed by the new key without a restart, and refuses tokens signed by the key Keycloak
 * no longer has. The realm's keys are rotated as an operator would, through Keycloak's admin API: a new
 * generated RSA key of higher priority, then the old one removed.
 */
@Tag("database-independent") // checked once, on H2; the PostgreSQL run of .ci/run skips it
@QuarkusTest
class KeyRotationTest {

    private static final String KEY_PROVIDER = "org.keycloak.keys.KeyProvider";

    @Test
    void tokensOfTheNewKeyAreTakenAndTokensOfTheRemovedKeyRefused() {
        String before = Keycloak.accessToken("shopper");
        given().auth().oauth2(before).get("/api/me/history").then().statusCode(200);

        rotateSigningKey();
        String after = Keycloak.accessToken("shopper");
        assertThat(kid(after)).as("Keycloak signs with a new key").isNotEqualTo(kid(before));

        // the store fetches the realm's keys when a token names a key it does not know (at most once
        // per quarkus.oidc.token.forced-jwk-refresh-interval, 10 s)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                given().auth().oauth2(after).get("/api/me/history").then().statusCode(200));
        given().auth().oauth2(before).get("/api/me/history").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", org.hamcrest.Matchers.containsString("invalid_token"));
    }

    private static void rotateSigningKey() {
        String realm = "/admin/realms/" + RealServices.services().realmUrl().getPath().replaceAll(".*/", "");
        String realmId = admin().get(realm).then().statusCode(200).extract().jsonPath().getString("id");
        List<Map<String, Object>> providers = admin().get(realm + "/components?type=" + KEY_PROVIDER)
                .then().statusCode(200).extract().jsonPath().getList("$");
        // the launcher imports its own RSA key with the realm ("rsa"); a realm may also hold generated ones
        List<String> oldSigning = providers.stream()
                .filter(p -> "rsa-generated".equals(p.get("providerId")) || "rsa".equals(p.get("providerId")))
                .map(p -> (String) p.get("id")).toList();
        assertThat(oldSigning).as("the realm signs with an RSA key").isNotEmpty();
        admin().body(Map.of("name", "rsa-rotated-" + System.currentTimeMillis(), "providerId", "rsa-generated",
                        "providerType", KEY_PROVIDER, "parentId", realmId,
                        "config", Map.of("priority", List.of("1000"), "algorithm", List.of("RS256"), "keySize", List.of("2048"))))
                .post(realm + "/components").then().statusCode(201);
        for (String id : oldSigning) {
            admin().delete(realm + "/components/" + id).then().statusCode(204);
        }
    }

    private static RequestSpecification admin() {
        return given().baseUri(RealServices.services().keycloakUrl().toString()).auth().oauth2(Keycloak.adminToken())
                .contentType("application/json");
    }

    private static String kid(String jwt) {
        String header = new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))));
        return new JsonPath(header).getString("kid");
    }
}
