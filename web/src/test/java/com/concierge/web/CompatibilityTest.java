package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A blender, a jar that fits it, a tamper for it and an older jar the new one replaces. */
@QuarkusTest
class CompatibilityTest {

    private String token;
    private String blender;
    private String jar;
    private String oldJar;
    private String tamper;

    @BeforeEach
    void catalog() {
        token = Keycloak.accessToken("merchandiser");
        blender = product("Calma 900 blender");
        jar = product("Calma 2 L jar");
        oldJar = product("Calma 1.5 L jar (2018)");
        tamper = product("Calma tamper");
    }

    private RequestSpecification asMerchandiser() {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private String product(String title) {
        return asMerchandiser()
                .body("{\"sku\":\"CMP-" + UUID.randomUUID() + "\",\"title\":\"" + title + "\",\"brand\":\"Calma\",\"price\":{\"amount\":\"19\",\"currency\":\"USD\"}}")
                .when().post("/api/admin/products").then().statusCode(201).extract().path("id");
    }

    private void link(String from, String relation, String to, String body) {
        asMerchandiser().body(body).when().put("/api/admin/products/" + from + "/compatibility/" + relation + "/" + to)
                .then().statusCode(204);
    }

    @Test
    void edgesReadFromBothEnds() {
        link(jar, "fits", blender, "{\"note\": \"models from 2019\"}");
        link(tamper, "accessory-of", blender, "{}");
        link(jar, "replaces", oldJar, "{}");

        given().when().get("/api/products/" + blender + "/compatibility").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].reads", equalTo("is fitted by")).body("[0].otherTitle", equalTo("Calma 2 L jar"))
                .body("[0].note", equalTo("models from 2019")).body("[0].direction", equalTo("BACKWARD"))
                .body("[1].reads", equalTo("has the accessory")).body("[1].other", equalTo(tamper));
        given().when().get("/api/products/" + jar + "/compatibility").then().statusCode(200)
                .body("relation", equalTo(java.util.List.of("FITS", "REPLACES")))
                .body("reads", equalTo(java.util.List.of("fits", "replaces")));
        given().when().get("/api/products/" + oldJar + "/compatibility").then()
                .body("[0].reads", equalTo("is replaced by")).body("[0].other", equalTo(jar));
    }

    @Test
    void linkingAgainOnlyUpdatesTheNoteAndUnlinkingRemovesTheEdge() {
        link(jar, "fits", blender, "{\"note\": \"first\"}");
        link(jar, "FITS", blender, "{\"note\": \"second\"}");

        given().when().get("/api/products/" + jar + "/compatibility").then()
                .body("", hasSize(1)).body("[0].note", equalTo("second"));

        asMerchandiser().when().delete("/api/admin/products/" + jar + "/compatibility/fits/" + blender).then().statusCode(204);
        given().when().get("/api/products/" + blender + "/compatibility").then().body("", empty());
        asMerchandiser().when().delete("/api/admin/products/" + jar + "/compatibility/fits/" + blender)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void impossibleEdgesAreProblems() {
        asMerchandiser().body("{}").when().put("/api/admin/products/" + jar + "/compatibility/fits/" + jar)
                .then().statusCode(400).body("detail", equalTo("a product cannot be linked to itself"));
        asMerchandiser().body("{}").when().put("/api/admin/products/" + jar + "/compatibility/powers/" + blender)
                .then().statusCode(400).body("detail", equalTo("relation 'powers' is not one of fits, requires, replaces, accessory-of"));
        String ghost = UUID.randomUUID().toString();
        asMerchandiser().body("{}").when().put("/api/admin/products/" + jar + "/compatibility/fits/" + ghost)
                .then().statusCode(404).body("detail", equalTo("no product with id " + ghost));
        given().auth().oauth2(Keycloak.accessToken("shopper")).contentType("application/json").body("{}")
                .when().put("/api/admin/products/" + jar + "/compatibility/fits/" + blender).then().statusCode(403);
    }

    private static final String VARIANT_FILE = """
            product,sku,category,title,brand,price,currency,stock,option:power,option:size
            cmpv-base,CMPV-BASE-900,itest-compat,Calma base,Calma,99.00,USD,5,900 W,
            cmpv-base,CMPV-BASE-1200,itest-compat,,,129.00,USD,5,1200 W,
            cmpv-jar,CMPV-JAR-15,itest-compat,Calma jar,Calma,29.00,USD,5,,1.5 L
            cmpv-jar,CMPV-JAR-20,itest-compat,,,39.00,USD,5,,2 L
            cmpv-lid,CMPV-LID,itest-compat,Calma lid,Calma,9.00,USD,5,,
            """;

    @Test
    void anEdgeCanHoldForOneVariantOnly() {
        asMerchandiser().body("{\"name\": \"Compatibility test\", \"attributes\": []}").when().put("/api/admin/categories/itest-compat")
                .then().statusCode(200);
        assertThat(CatalogImportSearchTest.runImport("text/csv", VARIANT_FILE).getString("state")).isEqualTo("DONE");
        String base = given().get("/api/products/cmpv-base").then().statusCode(200).extract().path("product.id");
        String jar = given().get("/api/products/cmpv-jar").then().statusCode(200).extract().path("product.id");
        String lid = given().get("/api/products/cmpv-lid").then().statusCode(200).extract().path("product.id");

        // only the 2 L jar fits, and only the 1,200 W base; the lid fits every jar and every base
        asMerchandiser().body("{\"note\": \"needs the stronger motor\"}").queryParam("fromVariant", "CMPV-JAR-20").queryParam("toVariant", "CMPV-BASE-1200")
                .when().put("/api/admin/products/" + jar + "/compatibility/fits/" + base).then().statusCode(204);
        asMerchandiser().body("{}").queryParam("fromVariant", "CMPV-JAR-15")
                .when().put("/api/admin/products/" + jar + "/compatibility/fits/" + base).then().statusCode(204);
        link(lid, "accessory-of", base, "{}");

        given().get("/api/products/" + base + "/compatibility").then().statusCode(200)
                .body("reads", equalTo(List.of("is fitted by", "is fitted by", "has the accessory")))
                .body("variant", equalTo(java.util.Arrays.asList(null, "CMPV-BASE-1200", null)))
                .body("otherVariant", equalTo(java.util.Arrays.asList("CMPV-JAR-15", "CMPV-JAR-20", null)))
                .body("[1].otherOptions", equalTo("2 L")).body("[1].note", equalTo("needs the stronger motor"));
        given().queryParam("variant", "CMPV-BASE-900").get("/api/products/" + base + "/compatibility").then()
                .body("otherVariant", equalTo(java.util.Arrays.asList("CMPV-JAR-15", null)))
                .body("otherTitle", equalTo(List.of("Calma jar", "Calma lid")));
        given().queryParam("variant", "CMPV-JAR-15").get("/api/products/" + jar + "/compatibility").then()
                .body("", hasSize(1)).body("[0].variant", equalTo("CMPV-JAR-15")).body("[0].otherVariant", equalTo(null));

        asMerchandiser().queryParam("fromVariant", "CMPV-JAR-20").queryParam("toVariant", "CMPV-BASE-1200")
                .when().delete("/api/admin/products/" + jar + "/compatibility/fits/" + base).then().statusCode(204);
        given().queryParam("variant", "CMPV-BASE-1200").get("/api/products/" + base + "/compatibility").then()
                .body("otherVariant", equalTo(java.util.Arrays.asList("CMPV-JAR-15", null)));

        asMerchandiser().body("{}").queryParam("fromVariant", "CMPV-BASE-900")
                .when().put("/api/admin/products/" + jar + "/compatibility/fits/" + base).then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("product " + jar + " has no variant with SKU CMPV-BASE-900"));
        asMerchandiser().body("{}").queryParam("toVariant", "CMPV-BASE-900")
                .when().put("/api/admin/products/" + base + "/compatibility/replaces/" + base).then().statusCode(400)
                .body("detail", equalTo("a product cannot be linked to one of its own variants"));
        given().queryParam("variant", "CMPV-LID").get("/api/products/" + base + "/compatibility").then().statusCode(400);
    }
}
