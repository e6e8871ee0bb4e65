package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public catalog reads agents repeat (product JSON, listings, search) as they are served: kept
 * for the read period (2 s in this profile, 10 s by default), tagged so a client that already has
 * the answer gets a 304, and never further behind a price, stock or rating change than the period.
 */
@QuarkusTest
@TestProfile(ProductPageCacheTest.KeptProductPages.class)
class CatalogReadsTest {

    private static final String CATEGORY = "reads-blenders";
    /** The import test's good rows, in a category and handles of their own. */
    private static final String FILE = String.join("\n", CatalogImportSearchTest.FILE.lines().limit(6).toList())
            .replace("itest-blenders", CATEGORY).replace("itb-", "rdb-").replace("ITB-", "RDB-") + "\n";
    private static final String STEEL = "Stainless jar for hot soups,199.00,USD,7,,55 dB,1.5 L,stainless steel,no,,4.9";
    private static final Duration PERIOD = Duration.ofSeconds(2);

    @BeforeEach
    void catalog() {
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                .body(CatalogImportSearchTest.SCHEMA).put("/api/admin/categories/" + CATEGORY).then().statusCode(200);
        assertThat(CatalogImportSearchTest.runImport("text/csv", FILE).getString("state")).isEqualTo("DONE");
    }

    @Test
    void aClientWithTheTagOrTheTimeGetsA304AndTheAnswerSaysHowLongItMayBeKept() {
        for (String path : List.of("/api/products/vortex-classic-1050-6", "/api/products?category=blenders&q=quiet&size=20")) {
            Response first = given().get(path).then().statusCode(200).extract().response();
            String tag = first.header("ETag");
            assertThat(tag).as(path).matches("\"[A-Za-z0-9_-]{22}\"");
            assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=2");
            assertThat(first.header("Last-Modified")).isNotBlank();
            assertThat(first.contentType()).startsWith("application/json");

            Response again = given().header("If-None-Match", tag).get(path).then().statusCode(304).extract().response();
            assertThat(again.asByteArray()).as("no body with a 304").isEmpty();
            assertThat(again.header("ETag")).isEqualTo(tag);
            given().header("If-None-Match", "\"other\", W/" + tag).get(path).then().statusCode(304);
            given().header("If-Modified-Since", first.header("Last-Modified")).get(path).then().statusCode(304);
            // the tag decides when both are sent; an unreadable date is ignored
            given().header("If-None-Match", "\"other\"").header("If-Modified-Since", first.header("Last-Modified")).get(path)
                    .then().statusCode(200);
            given().header("If-Modified-Since", "yesterday").get(path).then().statusCode(200);
        }
        given().get("/api/products/no-such-product").then().statusCode(404);
        given().get("/api/products?category=no-such-category").then().statusCode(400);
    }

    @Test
    void priceStockAndRatingChangesShowWithinThePeriod() {
        String product = "/api/products/rdb-steel";
        String listing = "/api/products?category=" + CATEGORY + "&q=steel&size=20";
        Response before = given().get(product).then().statusCode(200).extract().response();
        assertThat(before.jsonPath().getInt("product.variants[0].price.minorUnits")).isEqualTo(19900);
        String listingTag = given().get(listing).then().statusCode(200).extract().header("ETag");

        assertThat(CatalogImportSearchTest.runImport("text/csv", FILE.replace(STEEL,
                "Stainless jar for hot soups,129.00,USD,0,,55 dB,1.5 L,stainless steel,no,,4.2")).getString("state")).isEqualTo("DONE");
        Instant changed = Instant.now();
        await().atMost(PERIOD.plusSeconds(3)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            JsonPath now = given().get(product).then().statusCode(200).extract().jsonPath();
            assertThat(now.getInt("product.variants[0].price.minorUnits")).isEqualTo(12900);
            assertThat(now.getInt("product.variants[0].stock")).isZero();
            assertThat(now.getDouble("product.rating")).isEqualTo(4.2);
        });
        assertThat(Duration.between(changed, Instant.now())).as("the product JSON is at most the period behind")
                .isLessThanOrEqualTo(PERIOD.plusSeconds(1));
        given().header("If-None-Match", before.header("ETag")).get(product).then().statusCode(200); // the old tag no longer matches

        // the listing also waits for the index to be refreshed after the import's commit
        await().atMost(PERIOD.plusSeconds(8)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonPath now = given().get(listing).then().statusCode(200).extract().jsonPath();
            assertThat(now.getInt("hits.find { it.handle == 'rdb-steel' }.price.minorUnits")).isEqualTo(12900);
            assertThat(now.getBoolean("hits.find { it.handle == 'rdb-steel' }.inStock")).isFalse();
            assertThat(now.getDouble("hits.find { it.handle == 'rdb-steel' }.rating")).isEqualTo(4.2);
        });
        given().header("If-None-Match", listingTag).get(listing).then().statusCode(200);
        String storefront = given().get("/search?category=" + CATEGORY + "&q=steel").then().statusCode(200).extract().asString();
        assertThat(storefront).as("the search page follows the change too").contains("$129");
    }
}
