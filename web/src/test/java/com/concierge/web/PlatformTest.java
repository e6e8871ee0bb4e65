package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators and first-time visitors see: home page, health, metrics, API docs. */
@QuarkusTest
class PlatformTest {

    @Test
    void homePageAsksWhatTheShopperIsLookingFor() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1 id=\"ask-heading\">What are you looking for?</h1>"))
                .body(containsString("<label for=\"q\""))
                .body(containsString("<main id=\"main\""));
    }

    /**
     * Every trusted proxy is an address or a range, never a name: Quarkus looks a name up in DNS on
     * every request (a bare IPv6 "::1" is read as host ":" and port 1), which on a machine whose
     * resolver does not answer cut the store from thousands of requests a second to about 20.
     */
    @Test
    void trustedProxiesAreAddressesNotNames() {
        String proxies = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.http.proxy.trusted-proxies", String.class);
        for (String proxy : proxies.split(",")) {
            org.assertj.core.api.Assertions.assertThat(proxy.strip()).as("trusted proxy '%s'", proxy)
                    .matches("[0-9.]+(/\\d+)?|[0-9a-fA-F:.]+/\\d+");
        }
    }

    @Test
    void readinessCoversDatabaseAndOpenSearch() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("OpenSearch", "Database"))
                .body(org.hamcrest.Matchers.not(containsString("http://")))
                .body(org.hamcrest.Matchers.not(containsString("jdbc:")));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreForOpsAndOpenApiIsServed() {
        given().when().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(com.concierge.web.support.Keycloak.accessToken("shopper")).when().get("/q/metrics").then().statusCode(403);
        given().auth().oauth2(com.concierge.web.support.Keycloak.metricsToken()).when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes")).body(containsString("cc_kpi{"));
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/products"))
                .body(containsString("/api/admin/products"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
