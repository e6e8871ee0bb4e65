package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.search.AttributeFilter;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.catalog.api.search.SearchResults;
import com.concierge.catalog.api.search.SortOrder;
import com.concierge.web.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A merchandiser imports a file mixing good and bad rows through the authenticated API; the good
 * rows land (with normalized units), every bad row is reported, a second run changes nothing, and
 * search over real OpenSearch filters, counts and sorts what was imported.
 */
@QuarkusTest
class CatalogImportSearchTest {

    private static final String CATEGORY = "itest-blenders";
    static final String SCHEMA = """
            {"name": "Blenders (import test)", "attributes": [
              {"key": "noise", "label": "Noise level", "type": "number", "unit": "dB", "min": "20", "max": "120", "required": true},
              {"key": "jar_capacity", "label": "Jar capacity", "type": "number", "unit": "L", "min": "100 ml", "max": "10"},
              {"key": "jar_material", "label": "Jar material", "type": "enum", "allowedValues": ["glass", "Tritan", "stainless steel"]},
              {"key": "dishwasher_safe", "label": "Dishwasher-safe jar", "type": "boolean"}]}
            """;

    /** Lines 2–6 are good (2 and 3 are variants of one product); 7–9 are bad. */
    static final String FILE = """
            product,sku,category,title,brand,description,price,currency,stock,option:color,noise,jar_capacity,jar_material,dishwasher_safe,bullets,rating
            itb-calma,ITB-CALMA-BLK,itest-blenders,Calma 900 blender,Calma,Whisper quiet smoothies,149.99,USD,12,black,52 dB,64 fl oz,Tritan,yes,Quiet motor | 64 oz jar,4.6
            itb-calma,ITB-CALMA-WHT,itest-blenders,,,,149.99,USD,0,white,,,,,,
            itb-vortex,ITB-VORTEX,itest-blenders,Vortex Pro blender,Vortex,Crushes ice in seconds,89.00,USD,4,,78 dB,2 L,glass,yes,,4.1
            itb-glassy,ITB-GLASSY,itest-blenders,Glassy Mini blender,Calma,Small glass jar,59.00,USD,0,,58 dB,1 L,glass,no,,3.8
            itb-steel,ITB-STEEL,itest-blenders,Steel Max blender,Vortex,Stainless jar for hot soups,199.00,USD,7,,55 dB,1.5 L,stainless steel,no,,4.9
            itb-loud,ITB-LOUD,itest-blenders,Loud blender,Acme,,39.00,USD,5,,62 furlongs,,,,,
            itb-wood,ITB-WOOD,itest-blenders,Wood blender,Acme,,49.00,USD,5,,60 dB,,wood,,,
            itb-cheap,ITB-CHEAP,itest-blenders,Cheap blender,Acme,,12.345,USD,5,,60 dB,,,,,
            """;

    private static RequestSpecification asMerchandiser() {
        return given().auth().oauth2(Keycloak.accessToken("merchandiser"));
    }

    static JsonPath runImport(String contentType, String body) {
        String location = asMerchandiser().contentType(contentType).body(body).when().post("/api/admin/imports")
                .then().statusCode(202).extract().header("Location");
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> asMerchandiser().get(location).then().statusCode(200).extract().jsonPath(),
                        job -> List.of("DONE", "FAILED").contains(job.getString("state")));
    }

    @BeforeEach
    void schemaAndFile() {
        asMerchandiser().contentType("application/json").body(SCHEMA).when().put("/api/admin/categories/" + CATEGORY)
                .then().statusCode(200);
        JsonPath job = runImport("text/csv", FILE);
        assertThat(job.getString("state")).isEqualTo("DONE");
    }

    @Test
    void goodRowsLandBadRowsAreReportedAndASecondRunChangesNothing() {
        JsonPath again = runImport("text/csv", FILE);

        assertThat(again.getList("report.acceptedSkus", String.class))
                .containsExactly("ITB-CALMA-BLK", "ITB-CALMA-WHT", "ITB-VORTEX", "ITB-GLASSY", "ITB-STEEL");
        assertThat(again.getList("report.problems", Map.class)).extracting(p -> p.get("row") + " " + p.get("field") + " " + p.get("reason"))
                .containsExactly("7 noise UNKNOWN_UNIT", "8 jar_material NOT_ALLOWED", "9 price MALFORMED_PRICE");
        assertThat(again.getInt("report.productsCreated")).isZero();
        assertThat(again.getInt("report.productsUpdated")).isZero();
        assertThat(again.getInt("report.productsUnchanged")).isEqualTo(4);
        assertThat(again.getLong("rowsDone")).isEqualTo(8);

        JsonPath calma = given().get("/api/products/itb-calma").then().statusCode(200).extract().jsonPath();
        assertThat(calma.getList("product.variants.sku", String.class)).containsExactly("ITB-CALMA-BLK", "ITB-CALMA-WHT");
        assertThat(calma.getString("product.variants[1].options.color")).isEqualTo("white");
        assertThat(calma.getInt("product.variants[0].price.minorUnits")).isEqualTo(14999);
        assertThat(calma.getList("product.bullets", String.class)).containsExactly("Quiet motor", "64 oz jar");
        Map<String, Object> capacity = calma.getMap("product.attributes.find { it.key == 'jar_capacity' }");
        assertThat(capacity).containsEntry("unit", "ml").containsEntry("display", "1.89 L").containsEntry("source", "64 fl oz");
        assertThat(given().get("/api/products/itb-calma").asString()).as("canonical value, never rounded through a double")
                .contains("\"value\":1892.705892,\"unit\":\"ml\"");
        given().get("/api/products/itb-loud").then().statusCode(404);
    }

    @Test
    void filtersCombineAndFacetsCountAllMatches() {
        JsonPath page = given().queryParam("category", CATEGORY).queryParam("attr.noise.max", "60 dB")
                .queryParam("attr.jar_material", "glass").queryParam("attr.jar_material", "stainless steel")
                .queryParam("sort", "price_asc").get("/api/products").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("hits.handle", String.class)).containsExactly("itb-glassy", "itb-steel");

        JsonPath inStock = given().queryParam("category", CATEGORY).queryParam("attr.noise.max", "60").queryParam("in_stock", "true")
                .get("/api/products").then().statusCode(200).extract().jsonPath();
        assertThat(inStock.getList("hits.handle", String.class)).containsExactlyInAnyOrder("itb-calma", "itb-steel");

        JsonPath all = given().queryParam("category", CATEGORY).queryParam("sort", "rating").get("/api/products")
                .then().statusCode(200).body("total", equalTo(4)).extract().jsonPath();
        assertThat(all.getList("hits.handle", String.class)).containsExactly("itb-steel", "itb-calma", "itb-vortex", "itb-glassy");
        assertThat(all.getMap("facets.find { it.key == 'brand' }.buckets.collectEntries { [it.value, it.count] }"))
                .containsEntry("Calma", 2).containsEntry("Vortex", 2);
        assertThat(all.getMap("facets.find { it.key == 'attr.jar_material' }.buckets.collectEntries { [it.value, it.count] }"))
                .containsEntry("glass", 2).containsEntry("Tritan", 1).containsEntry("stainless steel", 1);
        assertThat(all.getMap("facets.find { it.key == 'attr.dishwasher_safe' }.buckets.collectEntries { [it.value, it.count] }"))
                .containsEntry("yes", 2).containsEntry("no", 2);
        List<Integer> noiseCounts = all.getList("facets.find { it.key == 'attr.noise' }.buckets.count", Integer.class);
        assertThat(noiseCounts.stream().mapToInt(Integer::intValue).sum()).as("every product falls in one noise bucket").isEqualTo(4);
        assertThat(all.getString("facets.find { it.key == 'attr.noise' }.unit")).isEqualTo("dB");
        assertThat(all.getMap("facets.find { it.key == 'in_stock' }.buckets[0]")).containsEntry("count", 3);
    }

    @Inject
    Catalog catalog;

    /**
     * The assistant sends its searches together when nothing fits (the limits, then each loosened
     * alone); the catalog answers them side by side, each exactly as alone, in the order asked, and a
     * wrong one fails the call with its own message.
     */
    @Test
    void searchesSentTogetherAnswerEachAsAlone() {
        SearchQuery all = new SearchQuery("", CATEGORY, Set.of(), null, null, null, false, Set.of(), Map.of(), SortOrder.PRICE_ASC, 0, 20)
                .withoutFacets();
        List<SearchQuery> queries = List.of(all, all.withAttribute("noise", new AttributeFilter.Range(null, new BigDecimal("56"))),
                all.withPrice(null, 10_000L), all.withAttribute("jar_material", new AttributeFilter.AnyOf(Set.of("glass"))),
                all.withPrice(100_000L, null));

        List<SearchResults> together = catalog.searchAll(queries);

        assertThat(together).extracting(r -> r.hits().stream().map(ProductSummary::handle).toList())
                .containsExactly(List.of("itb-glassy", "itb-vortex", "itb-calma", "itb-steel"), List.of("itb-calma", "itb-steel"),
                        List.of("itb-glassy", "itb-vortex"), List.of("itb-glassy", "itb-vortex"), List.of());
        for (int i = 0; i < queries.size(); i++) {
            assertThat(together.get(i).hits()).as("search %d alone", i).isEqualTo(catalog.search(queries.get(i)).hits());
        }
        assertThatThrownBy(() -> catalog.searchAll(List.of(all, all.withCategory("no-such-category"), all)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'no-such-category' is not a category");
    }

    @Test
    void wordsQuantitiesAndSynonymsMatchAsMerchandisersDefineThem() {
        given().queryParam("q", "64 oz").queryParam("category", CATEGORY).get("/api/products").then().statusCode(200)
                .body("hits.handle", org.hamcrest.Matchers.containsInAnyOrder("itb-calma", "itb-vortex")) // 1.89 L and 2 L
                .body("interpreted[0].term", equalTo("64 fl oz")).body("interpreted[0].meaning", equalTo("Jar capacity 1.7–2.1 L"));
        given().queryParam("q", "whisper").queryParam("category", CATEGORY).get("/api/products").then().body("hits[0].handle", equalTo("itb-calma"));

        asMerchandiser().contentType("application/json").body("{\"kind\": \"words\", \"target\": \"blender\"}")
                .put("/api/admin/synonyms/smoothie maker").then().statusCode(200);
        asMerchandiser().contentType("application/json").body("{\"kind\": \"attribute\", \"target\": \"jar_material=glass\"}")
                .put("/api/admin/synonyms/all-glass").then().statusCode(200);
        given().queryParam("q", "smoothie maker").queryParam("category", CATEGORY).get("/api/products").then().body("total", equalTo(4));
        JsonPath glass = given().queryParam("q", "all-glass blender").queryParam("category", CATEGORY).get("/api/products")
                .then().statusCode(200).extract().jsonPath();
        assertThat(glass.getList("hits.handle", String.class)).containsExactlyInAnyOrder("itb-vortex", "itb-glassy");
        assertThat(glass.getString("interpreted[0].meaning")).isEqualTo("jar_material = glass");
        asMerchandiser().delete("/api/admin/synonyms/all-glass").then().statusCode(204);
    }

    @Test
    void theIndexFollowsEditsAndQuestionsAndAnswersAreSearchable() {
        runImport("text/csv", FILE.replace("Steel Max blender,Vortex,Stainless jar for hot soups,199.00", "Steel Max blender,Vortex,Stainless jar for hot soups,99.00"));
        given().queryParam("category", CATEGORY).queryParam("price.max", "100").get("/api/products").then()
                .body("hits.handle", org.hamcrest.Matchers.hasItem("itb-steel"));
        runImport("text/csv", FILE); // back to 199

        String id = given().get("/api/products/itb-vortex").then().extract().path("product.id");
        asMerchandiser().contentType("application/json")
                .body("{\"question\": \"Can it make nut butter?\", \"answer\": \"Yes, almond butter in four minutes.\", \"source\": \"retailer\", \"answeredOn\": \"2026-11-01\"}")
                .post("/api/admin/products/" + id + "/qa").then().statusCode(201);
        given().queryParam("q", "almond").get("/api/products").then().body("total", equalTo(1)).body("hits[0].handle", equalTo("itb-vortex"));
    }

    /** Hits are the cards the index keeps (ADR 19): they follow a price, a stock and a rating change as the product does. */
    @Test
    void searchHitsShowPriceStockAndReviewsAsTheyAreNow() {
        runImport("text/csv", FILE.replace("Stainless jar for hot soups,199.00,USD,7", "Stainless jar for hot soups,129.00,USD,0"));
        try {
            JsonPath changed = given().queryParam("category", CATEGORY).queryParam("q", "steel").get("/api/products").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(changed.getInt("hits.find { it.handle == 'itb-steel' }.price.minorUnits")).isEqualTo(12900);
            assertThat(changed.getBoolean("hits.find { it.handle == 'itb-steel' }.inStock")).isFalse();
        } finally {
            runImport("text/csv", FILE);
        }
        JsonPath back = given().queryParam("category", CATEGORY).queryParam("q", "steel").get("/api/products").then().extract().jsonPath();
        assertThat(back.getInt("hits.find { it.handle == 'itb-steel' }.price.minorUnits")).isEqualTo(19900);
        assertThat(back.getBoolean("hits.find { it.handle == 'itb-steel' }.inStock")).isTrue();

        runImport("text/csv", FILE.replace("Small glass jar,59.00,USD,0,,58 dB,1 L,glass,no,,3.8", "Small glass jar,59.00,USD,0,,58 dB,1 L,glass,no,,4.4"));
        try {
            JsonPath rated = given().queryParam("category", CATEGORY).queryParam("q", "glassy").get("/api/products").then().extract().jsonPath();
            assertThat(rated.getDouble("hits.find { it.handle == 'itb-glassy' }.rating")).isEqualTo(4.4);
        } finally {
            runImport("text/csv", FILE);
        }
    }

    @Test
    void badSearchesAndImportsAreExplained() {
        given().queryParam("category", CATEGORY).queryParam("attr.noise.max", "2 L").get("/api/products")
                .then().statusCode(400).body("detail", equalTo("attr.noise.max: 2 L does not measure noise level"));
        given().queryParam("category", CATEGORY).queryParam("attr.jar_material", "wood").get("/api/products")
                .then().statusCode(400).body("detail", equalTo("attr.jar_material: 'wood' is not one of glass, stainless steel, Tritan"));
        given().queryParam("category", "toasters").get("/api/products").then().statusCode(400);
        given().queryParam("sort", "cheapest").get("/api/products").then().statusCode(400);

        given().auth().oauth2(Keycloak.accessToken("shopper")).contentType("text/csv").body(FILE).post("/api/admin/imports")
                .then().statusCode(403);
        given().contentType("text/csv").body(FILE).post("/api/admin/imports").then().statusCode(401);
        JsonPath broken = runImport("application/json", "{\"sku\": \"not an array\"}");
        assertThat(broken.getString("report.problems[0].reason")).isEqualTo("MALFORMED_FILE");
    }
}
