package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run command's empty-database start: the demo store is loaded and searchable. */
@QuarkusTest
@TestProfile(DemoCatalogLoadTest.WithDemo.class)
class DemoCatalogLoadTest {

    public static class WithDemo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cc.demo.load-if-empty", "true");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBulkImportIsSearchableWithReasonCodesWhenItEnds() throws SQLException {
        long analysedBefore = manualAnalyses();
        StringBuilder csv = new StringBuilder("product,sku,category,title,brand,price,currency,stock,power,noise,jar_capacity,jar_material,dishwasher_safe\n");
        for (int i = 0; i < 6_000; i++) { // above the bulk threshold: stored without indexing, then the category is re-indexed
            csv.append("bulk-").append(i).append(",BULK-").append(i).append(",blenders,Bulk blender ").append(i).append(",Bulkco,")
                    .append(50 + i % 100).append(".00,USD,").append(i % 7).append(',').append(300 + (i % 30) * 50).append(" W,")
                    .append(55 + i % 40).append(" dB,1.5 L,glass,").append(i % 2 == 0 ? "yes" : "no").append('\n');
        }
        io.restassured.path.json.JsonPath job = CatalogImportSearchTest.runImport("text/csv", csv.toString());
        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(job.getList("report.acceptedSkus")).hasSize(6_000);
        if (analysedBefore >= 0) { // PostgreSQL: the planner learnt the tables' new size as they grew (PlannerStatistics)
            assertThat(manualAnalyses()).as("ANALYZE runs of the variant table during the import").isGreaterThan(analysedBefore);
        }

        JsonPath blenders = given().queryParam("category", "blenders").queryParam("brand", "Bulkco").queryParam("size", 1)
                .get("/api/products").then().statusCode(200).extract().jsonPath();
        assertThat(blenders.getInt("total")).as("every bulk row is searchable when the import ends").isEqualTo(6_000);
        // the index check reads the products page by page (500 each, by key): every product counted once
        JsonPath index = given().auth().oauth2(com.concierge.web.support.Keycloak.accessToken("ops")).get("/api/ops/search")
                .then().statusCode(200).extract().jsonPath();
        assertThat(index.getLong("products")).isEqualTo(count("select count(*) from catalog_product where archived_at is null"))
                .isGreaterThan(6_000);
        assertThat(index.getLong("missing")).isZero();
        Map<String, Integer> reasons = blenders.getMap("facets.find { it.key == 'reason' }.buckets.collectEntries { [it.value, it.count] }");
        assertThat(reasons.get("easy_to_clean")).as("reason codes computed for the bulk rows").isEqualTo(3_000);
        assertThat(reasons.get("quiet")).as("the quietest quarter of all blenders (ties at the threshold included), relabelled after the import")
                .isBetween(1_500, 1_800);
        given().queryParam("category", "blenders").queryParam("brand", "Bulkco").queryParam("reason", "quiet").queryParam("size", 1)
                .get("/api/products").then().body("total", equalTo(reasons.get("quiet")));
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** How often the variant table was analysed by a statement (not by autovacuum) on PostgreSQL; -1 on another database. */
    private long manualAnalyses() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return -1;
            }
            try (ResultSet rows = connection.createStatement()
                    .executeQuery("select analyze_count from pg_stat_user_tables where relname = 'catalog_variant'")) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    @Test
    void anEmptyStoreStartsWithTheDemoCatalog() {
        given().queryParam("size", 1).get("/api/products").then().statusCode(200).body("total", greaterThanOrEqualTo(400));
        List<String> categories = given().get("/api/categories").then().extract().jsonPath().getList("key", String.class);
        assertThat(categories).hasSizeGreaterThanOrEqualTo(10).contains("blenders", "vacuums", "kids-toys", "smart-home");

        JsonPath blenders = given().queryParam("category", "blenders").queryParam("attr.noise.max", "65 dB")
                .queryParam("price.max", "150").get("/api/products").then().statusCode(200).extract().jsonPath();
        assertThat(blenders.getInt("total")).isPositive();
        assertThat(blenders.getList("facets.key", String.class)).contains("attr.noise", "attr.jar_material", "price", "brand");

        JsonPath jars = given().queryParam("category", "blender-parts").queryParam("attr.kind", "jar").get("/api/products")
                .then().extract().jsonPath();
        String jar = jars.getString("hits[0].id");
        JsonPath document = given().get("/api/products/" + jar).then().statusCode(200).extract().jsonPath();
        assertThat(document.getList("compatibility.reads", String.class)).contains("fits");
        given().get("/api/products/" + jar + "/qa").then().body("size()", greaterThanOrEqualTo(1));

        given().queryParam("q", "cordless hoover").get("/api/products").then().statusCode(200)
                .body("interpreted.meaning", org.hamcrest.Matchers.hasItems("also vacuum", "power_source = battery"))
                .body("hits.category", org.hamcrest.Matchers.everyItem(equalTo("vacuums")));
    }

    @Test
    void theDemoStoreComesWithItsReviewsSummarizedAndItsHazardsQueued() {
        String calma = given().get("/api/products/calma-go-500-0").then().statusCode(200).extract().path("product.id");
        List<String> texts = given().queryParam("limit", 200).get("/api/products/" + calma + "/reviews").then().statusCode(200)
                .extract().jsonPath().getList("text", String.class);
        assertThat(texts).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(text -> assertThat(text).contains("Ignore previous instructions")); // stored as written

        JsonPath summary = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> given().get("/api/products/" + calma + "/reviews/summary"), r -> r.statusCode() == 200).jsonPath();
        assertThat(summary.getInt("reviews")).isPositive();

        List<String> kinds = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120))
                .until(() -> given().auth().oauth2(com.concierge.web.support.Keycloak.accessToken("merchandiser"))
                        .queryParam("limit", 500).get("/api/admin/review-flags").then().statusCode(200).extract().jsonPath()
                        .getList("kind", String.class), list -> list.contains("SAFETY"));
        assertThat(kinds).as("the generated hazard reviews wait for a merchandiser").contains("SAFETY");
    }
}
