package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Policies are data a merchandiser edits; one evaluation answers returns, warranty and shipping for any product. */
@QuarkusTest
class PoliciesTest {

    private static RequestSpecification asMerchandiser() {
        return given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json");
    }

    @Test
    void theMostSpecificPolicyAnswersWithItsReason() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String category = "pol-knives-" + suffix;
        asMerchandiser().body("{\"name\": \"Knives\", \"attributes\": []}").put("/api/admin/categories/" + category).then().statusCode(200);
        CatalogImportSearchTest.runImport("text/csv", """
                product,sku,category,title,brand,price,currency
                pol-%1$s,POL-%1$s,%2$s,Chef knife,Edgewise,80,USD
                """.formatted(suffix, category));
        String id = given().get("/api/products/pol-" + suffix).then().statusCode(200).extract().path("product.id");

        asMerchandiser().body("{\"scope\": {}, \"windowDays\": 30, \"conditions\": [\"original packaging\"]}")
                .put("/api/admin/policies/returns/store-30-" + suffix).then().statusCode(200);
        asMerchandiser().body("{\"scope\": {\"categories\": [\"" + category + "\"]}, \"windowDays\": 14, \"unopenedOnly\": true}")
                .put("/api/admin/policies/returns/knives-14-" + suffix).then().statusCode(200);
        asMerchandiser().body("{\"scope\": {\"categories\": [\"" + category + "\"]}, \"months\": 600, \"coverage\": \"defects in the blade and handle\"}")
                .put("/api/admin/policies/warranties/knives-life-" + suffix).then().statusCode(200);
        asMerchandiser().body("{\"scope\": {\"categories\": [\"" + category + "\"], \"regions\": [\"US\"]}, \"ships\": true, \"minDays\": 3, \"maxDays\": 5, \"restrictions\": [\"adult signature required\"]}")
                .put("/api/admin/policies/shipping/knives-us-" + suffix).then().statusCode(200);
        asMerchandiser().body("{\"scope\": {\"categories\": [\"" + category + "\"], \"regions\": [\"GB\"]}, \"ships\": false}")
                .put("/api/admin/policies/shipping/knives-gb-" + suffix).then().statusCode(200);

        given().queryParam("region", "US").queryParam("deliveredOn", "2026-11-01").queryParam("on", "2026-11-10")
                .get("/api/products/" + id + "/policies").then().statusCode(200)
                .body("returns.allowed", equalTo(true)).body("returns.policyId", equalTo("knives-14-" + suffix))
                .body("returns.lastDay", equalTo("2026-11-15"))
                .body("returns.why", equalTo("Returnable until 2026-11-15, 14 days after delivery under policy 'knives-14-" + suffix
                        + "' (category " + category + " everywhere)."))
                .body("warranty.allowed", equalTo(true)).body("warranty.lastDay", equalTo("2076-10-31"))
                .body("shipping.allowed", equalTo(true)).body("shipping.conditions[0]", equalTo("adult signature required"))
                .body("shipping.why", containsString("Ships to US in 3–5 business days"));
        given().queryParam("region", "US").queryParam("deliveredOn", "2026-11-01").queryParam("on", "2026-11-10").queryParam("opened", true)
                .get("/api/products/" + id + "/policies").then()
                .body("returns.allowed", equalTo(false)).body("returns.why", containsString("Not returnable once opened"));
        given().queryParam("region", "US").queryParam("deliveredOn", "2026-11-01").queryParam("on", "2026-11-20")
                .get("/api/products/" + id + "/policies").then()
                .body("returns.allowed", equalTo(false)).body("returns.why", containsString("ended on 2026-11-15"));
        given().queryParam("region", "gb").get("/api/products/" + id + "/policies").then()
                .body("shipping.allowed", equalTo(false)).body("shipping.policyId", equalTo("knives-gb-" + suffix))
                .body("shipping.why", containsString("Does not ship to GB"));

        asMerchandiser().body("{\"scope\": {}, \"windowDays\": -3}").put("/api/admin/policies/returns/bad-" + suffix)
                .then().statusCode(400).body("detail", containsString("window must not be negative"));
        asMerchandiser().body("{\"scope\": {}, \"months\": 12}").put("/api/admin/policies/warranties/store-30-" + suffix)
                .then().statusCode(400).body("detail", equalTo("'store-30-" + suffix + "' is already a return policy"));
        asMerchandiser().body("{\"windowDays\": 30}").put("/api/admin/policies/returns/noscope-" + suffix)
                .then().statusCode(400).contentType("application/problem+json").body("detail", startsWith("scope: is required"));
        asMerchandiser().body("{\"scope\": {}, \"months\": 12, \"coverage\": \"" + "x".repeat(2001) + "\"}")
                .put("/api/admin/policies/warranties/long-" + suffix).then().statusCode(400).body("detail", containsString("coverage: size must be"));
        given().get("/api/products/" + id + "/policies?deliveredOn=yesterday").then().statusCode(400);
        given().auth().oauth2(Keycloak.accessToken("shopper")).contentType("application/json").body("{\"scope\": {}, \"windowDays\": 90}")
                .put("/api/admin/policies/returns/sneaky-" + suffix).then().statusCode(403);
        asMerchandiser().delete("/api/admin/policies/knives-14-" + suffix).then().statusCode(204);
        // the store-wide policy answers again; which one when the store has several (a demo store's own
        // "store-30" sorts first) is the smallest id, so only its scope is asserted here
        given().queryParam("deliveredOn", "2026-11-01").queryParam("on", "2026-11-20").get("/api/products/" + id + "/policies").then()
                .body("returns.policyId", startsWith("store-30")).body("returns.why", containsString("(all products everywhere)"));
    }
}
