package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.concierge.web.support.Keycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Import jobs are stored (docs/catalog-import.md#jobs): any replica reports a job another replica
 * runs, with its progress; a job whose replica stopped reads as failed, saying what is stored; the
 * newest jobs are listed.
 */
@QuarkusTest
class ImportJobsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aJobIsListedWithItsReportAndAnotherReplicasJobsAreReportedToo() {
        String category = "ij-" + UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                .body("{\"name\": \"Import jobs\", \"attributes\": []}").put("/api/admin/categories/" + category).then().statusCode(200);
        JsonPath done = CatalogImportSearchTest.runImport("text/csv", """
                product,sku,category,title,brand,price,currency
                %1$s-a,%1$s-A,%1$s,Thing A,Brand,10,USD
                %1$s-b,%1$s-B,%1$s,Thing B,Brand,ten,USD
                """.formatted(category));
        assertThat(done.getString("state")).isEqualTo("DONE");
        String id = done.getString("id");
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).get("/api/admin/imports").then().statusCode(200)
                .body("[0].id", equalTo(id)).body("[0].state", equalTo("DONE")).body("[0].report", nullValue());
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).get("/api/admin/imports/" + id).then()
                .body("report.problems[0].reason", equalTo("MALFORMED_PRICE")).body("startedBy", equalTo("merchandiser"));

        UUID running = insert("RUNNING", 300, 1000, Instant.now());
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).get("/api/admin/imports/" + running).then().statusCode(200)
                .body("state", equalTo("RUNNING")).body("rowsDone", equalTo(300)).body("rowsTotal", equalTo(1000));
        UUID abandoned = insert("RUNNING", 120, 1000, Instant.now().minus(Duration.ofMinutes(5)));
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).get("/api/admin/imports/" + abandoned).then()
                .body("state", equalTo("FAILED")).body("failure", containsString("stopped after 120 rows"));

        given().auth().oauth2(Keycloak.accessToken("merchandiser")).queryParam("limit", 0).get("/api/admin/imports").then().statusCode(400)
                .body("detail", containsString("limit: must be 1 to 200"));
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).get("/api/admin/imports/" + UUID.randomUUID()).then().statusCode(404);
    }

    /** A job as another replica of the store writes it. */
    private UUID insert(String state, long done, long total, Instant heartbeat) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("INSERT INTO catalog_import_job (id, started_by, queued_at, "
                        + "state, rows_done, rows_total, replica, heartbeat_at) VALUES (?1, 'merchandiser', ?2, ?3, ?4, ?5, 'another-replica', ?6)")
                .setParameter(1, id).setParameter(2, heartbeat.atOffset(ZoneOffset.UTC)).setParameter(3, state).setParameter(4, done)
                .setParameter(5, total).setParameter(6, heartbeat.atOffset(ZoneOffset.UTC)).executeUpdate());
        return id;
    }
}
