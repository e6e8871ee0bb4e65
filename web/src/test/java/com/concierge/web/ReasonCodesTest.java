package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A merchandiser sets reason rules; products are labelled with evidence, a threshold change
 * relabels deterministically with an audit trail, and search filters on the labels at once.
 */
@QuarkusTest
class ReasonCodesTest {

    private static final String CATEGORY = "rc-blenders";

    private static RequestSpecification asMerchandiser() {
        return given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json");
    }

    private static String rules(String quietCondition) {
        return """
                {"note": "%s", "rules": [
                  {"code": "quiet", "label": "Quiet", "condition": %s},
                  {"code": "easy_to_clean", "label": "Easy to clean", "condition": {"op": "is", "attribute": "dishwasher_safe", "value": "yes"}}]}
                """.formatted("test", quietCondition);
    }

    private static List<String> quiet() {
        return given().queryParam("category", CATEGORY).queryParam("reason", "quiet").queryParam("sort", "price_asc")
                .get("/api/products").then().statusCode(200).extract().jsonPath().getList("hits.handle", String.class);
    }

    @Test
    void aThresholdChangeRelabelsDeterministicallyAndIsAudited() {
        asMerchandiser().body("""
                {"name": "Blenders (reason test)", "attributes": [
                  {"key": "noise", "label": "Noise", "type": "number", "unit": "dB", "min": "20", "max": "120", "required": true},
                  {"key": "dishwasher_safe", "label": "Dishwasher safe", "type": "boolean"}]}
                """).put("/api/admin/categories/" + CATEGORY).then().statusCode(200);
        CatalogImportSearchTest.runImport("text/csv", """
                product,sku,category,title,brand,price,currency,noise,dishwasher_safe
                rc-a,RC-A,rc-blenders,Hush A,Calma,10,USD,50 dB,yes
                rc-b,RC-B,rc-blenders,Hush B,Calma,20,USD,58 dB,no
                rc-c,RC-C,rc-blenders,Roar C,Vortex,30,USD,66 dB,yes
                rc-d,RC-D,rc-blenders,Roar D,Vortex,40,USD,80 dB,no
                """);

        JsonPath v1 = asMerchandiser().body(rules("{\"op\": \"at_most\", \"attribute\": \"noise\", \"value\": \"60 dB\"}"))
                .put("/api/admin/categories/" + CATEGORY + "/reason-rules").then().statusCode(200).extract().jsonPath();
        assertThat(v1.getInt("version")).isEqualTo(1);
        assertThat(v1.getList("changes", Map.class)).extracting(c -> c.get("code") + " " + c.get("kind")).hasSize(4)
                .containsOnly("quiet GAINED", "easy_to_clean GAINED");
        assertThat(quiet()).containsExactly("rc-a", "rc-b");
        JsonPath a = given().get("/api/products/rc-a").then().extract().jsonPath();
        assertThat(a.getList("product.reasonCodes.code", String.class)).containsExactly("easy_to_clean", "quiet");
        assertThat(a.getString("product.reasonCodes.find { it.code == 'quiet' }.because")).isEqualTo("Noise 50 dB ≤ 60 dB");
        assertThat(a.getInt("product.reasonCodes.find { it.code == 'quiet' }.ruleVersion")).isEqualTo(1);

        JsonPath v2 = asMerchandiser().body(rules("{\"op\": \"lowest_percent\", \"attribute\": \"noise\", \"percent\": 25}"))
                .put("/api/admin/categories/" + CATEGORY + "/reason-rules").then().statusCode(200).extract().jsonPath();
        assertThat(v2.getInt("version")).isEqualTo(2);
        String b = given().get("/api/products/rc-b").then().extract().path("product.id");
        assertThat(v2.getList("changes", Map.class)).as("only rc-b changes: 58 dB is above the 25th percentile of four")
                .containsExactly(Map.of("product", b, "code", "quiet", "kind", "LOST", "fromVersion", 1, "toVersion", 2,
                        "because", "no longer: Noise 58 dB ≤ 60 dB"));
        assertThat(quiet()).containsExactly("rc-a");
        given().get("/api/categories/" + CATEGORY + "/reason-rules").then().statusCode(200)
                .body("version", equalTo(2)).body("rules[0].condition.op", equalTo("lowest_percent"));
        asMerchandiser().get("/api/admin/categories/" + CATEGORY + "/label-changes").then().statusCode(200)
                .body("size()", equalTo(5)).body("[0].kind", equalTo("LOST"));

        // new data moves the percentile: five products, the lowest 25% by nearest rank is two of them
        CatalogImportSearchTest.runImport("text/csv", """
                product,sku,category,title,brand,price,currency,noise,dishwasher_safe
                rc-e,RC-E,rc-blenders,Hush E,Calma,5,USD,45 dB,no
                """);
        assertThat(quiet()).containsExactly("rc-e", "rc-a");

        asMerchandiser().body(rules("{\"op\": \"at_most\", \"attribute\": \"volume\", \"value\": \"60 dB\"}"))
                .put("/api/admin/categories/" + CATEGORY + "/reason-rules").then().statusCode(400)
                .body("detail", containsString("'volume' is not a number attribute"));
        asMerchandiser().body(rules("{\"op\": \"quietest\", \"attribute\": \"noise\"}"))
                .put("/api/admin/categories/" + CATEGORY + "/reason-rules").then().statusCode(400)
                .body("detail", containsString("op 'quietest' is not one of"));
        given().get("/api/categories/" + CATEGORY + "/reason-rules").then().body("version", equalTo(2));
    }
}
