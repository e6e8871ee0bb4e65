package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Imports in the console (docs/console.md#imports) through the real Keycloak login: a file that is
 * not CSV or JSON is refused with nothing imported; a CSV with one bad row is imported, its page
 * shows progress until it is done, then the refused row, and the report downloads as CSV.
 */
@QuarkusTest
class ConsoleImportsTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URI store;

    @Test
    void aMerchandiserUploadsAFileAndReadsItsReport() {
        String category = "ci-" + UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(Keycloak.accessToken("merchandiser")).contentType("application/json")
                .body("{\"name\": \"Console imports\", \"attributes\": []}").put("/api/admin/categories/" + category).then().statusCode(200);
        HttpClient browser = Keycloak.browser();
        HttpResponse<String> page = Keycloak.openSignedIn(browser, store.resolve("/admin/imports"), "merchandiser");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Imports</h1>").contains("enctype=\"multipart/form-data\"");

        HttpResponse<String> wrong = upload(browser, page, "notes.txt", "text/plain", "hello");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("&quot;notes.txt&quot; is neither .csv nor .json. Nothing was imported.");

        String csv = """
                product,sku,category,title,brand,price,currency
                %1$s-a,%1$s-A,%1$s,Thing A,Brand,10,USD
                %1$s-b,%1$s-B,%1$s,Thing B,Brand,=1+1,USD
                """.formatted(category);
        HttpResponse<String> started = upload(browser, page, "things.csv", "text/csv", csv);
        assertThat(started.statusCode()).isEqualTo(303);
        URI job = store.resolve(started.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> done = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> Keycloak.get(browser, job), r -> r.body().contains("Done:") || r.body().contains("failed"));
        assertThat(done.body()).contains("2 rows read, 1 stored, 1 refused").contains("<td>price</td>").doesNotContain("http-equiv=\"refresh\"");

        HttpResponse<String> report = Keycloak.get(browser, URI.create(job + "/report.csv"));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(report.body()).startsWith("row,sku,field,reason,message").contains("MALFORMED_PRICE");
        assertThat(Keycloak.get(browser, store.resolve("/admin/imports")).body()).contains("href=\"/admin/imports/");
        assertThat(Keycloak.get(browser, store.resolve("/admin/imports/" + UUID.randomUUID())).statusCode()).isEqualTo(404);
        assertThat(Keycloak.openSignedIn(Keycloak.browser(), store.resolve("/admin/imports"), "shopper").statusCode()).isEqualTo(403);
    }

    /** The page's upload form, as a browser sends it: multipart with the form token. */
    private HttpResponse<String> upload(HttpClient browser, HttpResponse<String> page, String name, String type, String content) {
        Matcher token = FORM_TOKEN.matcher(page.body());
        assertThat(token.find()).as("the page's form token").isTrue();
        String boundary = "----cc" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token.group(1) + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: " + type
                + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return Keycloak.send(browser, HttpRequest.newBuilder(store.resolve("/admin/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }
}
