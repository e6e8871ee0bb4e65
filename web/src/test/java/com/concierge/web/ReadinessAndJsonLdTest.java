package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Merchandisers see the least assistant-ready products first with their gaps; product pages get schema.org JSON-LD. */
@QuarkusTest
class ReadinessAndJsonLdTest {

    @Test
    void leastReadyFirstWithTheGapsToClose() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String category = "rd-kettles-" + s;
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json").body("""
                {"name": "Kettles", "attributes": [
                  {"key": "capacity", "label": "Capacity", "type": "number", "unit": "L", "required": true},
                  {"key": "power", "label": "Power", "type": "number", "unit": "W", "required": true},
                  {"key": "cordless", "label": "Cordless", "type": "boolean"}]}
                """).put("/api/admin/categories/" + category).then().statusCode(200);
        CatalogImportSearchTest.runImport("text/csv", """
                product,sku,category,title,brand,price,currency,stock,capacity,power,boundaries,rating,review_count
                rd-good-%1$s,RD-GOOD-%1$s,%2$s,Good kettle,Boil,35.00,USD,4,1.7 L,"2,200 W",not for induction hobs,4.5,12
                rd-bare-%1$s,RD-BARE-%1$s,%2$s,Bare kettle,Boil,25.00,USD,0,1.5 L,"1,800 W",,,
                rd-mid-%1$s,RD-MID-%1$s,%2$s,Mid kettle,Boil,30.00,USD,2,1 L,"1,500 W",no keep-warm,,
                """.formatted(s, category));
        for (String handle : List.of("rd-good-" + s, "rd-mid-" + s)) {
            String id = given().get("/api/products/" + handle).then().extract().path("product.id");
            given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                    .body("{\"question\": \"Does it switch off by itself?\", \"answer\": \"Yes, at the boil.\", \"source\": \"manufacturer\", \"answeredOn\": \"2026-10-01\"}")
                    .post("/api/admin/products/" + id + "/qa").then().statusCode(201);
        }

        JsonPath ranked = given().auth().oauth2(Keycloak.accessToken("merchandiser")).queryParam("category", category)
                .get("/api/admin/readiness").then().statusCode(200).extract().jsonPath();
        assertThat(ranked.getList("handle", String.class)).containsExactly("rd-bare-" + s, "rd-good-" + s, "rd-mid-" + s);
        Map<String, Object> bare = ranked.getMap("[0]");
        assertThat(ranked.getList("[0].gaps", String.class)).contains("no boundaries stated (what it does not do)",
                "common question unanswered: \"does it switch off by itself?\"");
        assertThat(bare.get("score")).isEqualTo(ranked.getInt("[1].score") - 40);
        assertThat(ranked.getDouble("[1].requiredAttributes")).isEqualTo(1.0);
        given().queryParam("category", "no-such-category").auth().oauth2(Keycloak.accessToken("merchandiser"))
                .get("/api/admin/readiness").then().statusCode(404);
        given().auth().oauth2(Keycloak.accessToken("shopper")).get("/api/admin/readiness").then().statusCode(403);

        JsonPath page = given().get("/api/products/rd-good-" + s).then().statusCode(200).extract().jsonPath();
        assertThat(page.getInt("readiness.score")).isEqualTo(ranked.getInt("[1].score"));
        assertThat(page.getString("policies.item.region")).isEqualTo("US");

        JsonPath ld = given().get("/api/products/rd-good-" + s + "/jsonld").then().statusCode(200)
                .contentType("application/ld+json").extract().jsonPath();
        assertThat(ld.getString("'@context'")).isEqualTo("https://schema.org");
        assertThat(ld.getString("'@type'")).isEqualTo("Product");
        assertThat(ld.getString("brand.name")).isEqualTo("Boil");
        assertThat(ld.getString("offers[0].price")).isEqualTo("35.00");
        assertThat(ld.getString("offers[0].priceCurrency")).isEqualTo("USD");
        assertThat(ld.getString("offers[0].availability")).isEqualTo("https://schema.org/InStock");
        assertThat(ld.getString("additionalProperty.find { it.propertyID == 'capacity' }.unitText")).isEqualTo("ml");
        assertThat(ld.getString("aggregateRating.reviewCount")).isEqualTo("12");
        given().get("/api/products/rd-bare-" + s + "/jsonld").then().body("offers[0].availability", equalTo("https://schema.org/OutOfStock"));
    }
}
