package com.concierge.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.concierge.catalog.api.Catalog;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Shop;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A merchandiser archives a product (docs/catalog.md#archiving): it leaves search, its page and
 * product JSON, and carts; a restore sells it again. The console does the same by handle.
 */
@QuarkusTest
class ArchiveProductTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    Catalog catalog;

    @TestHTTPResource("/")
    URI store;

    @Test
    void anArchivedProductIsNoLongerSoldAndARestoreSellsItAgain() {
        String sku = "ARC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Shop.stock(catalog, Shop.rows(sku + ",25.00,5"));
        String handle = sku.toLowerCase();
        String id = given().get("/api/products/" + handle).then().statusCode(200).extract().path("product.id");
        given().queryParam("q", sku).get("/api/products").then().statusCode(200).body("total", equalTo(1));
        String shopper = Keycloak.accessToken("shopper");
        String cart = Shop.openCart(shopper);
        Shop.add(shopper, cart, sku, 1);

        given().auth().oauth2(shopper).delete("/api/admin/products/" + id).then().statusCode(403);
        String merchandiser = Keycloak.accessToken("merchandiser");
        given().auth().oauth2(merchandiser).delete("/api/admin/products/" + id).then().statusCode(200)
                .body("archived", equalTo(true)).body("handle", equalTo(handle));
        given().auth().oauth2(merchandiser).delete("/api/admin/products/" + id).then().statusCode(200); // again: harmless

        given().queryParam("q", sku).get("/api/products").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/products/" + id).then().statusCode(404).contentType("application/problem+json");
        given().accept("text/html").get("/products/" + handle).then().statusCode(404);
        Shop.as(shopper).get("/api/carts/" + cart).then().statusCode(200).body("warnings.kind", hasItem("UNAVAILABLE"));
        Shop.as(shopper).body(Map.of("sku", sku, "quantity", 1)).post("/api/carts/" + cart + "/items").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Keycloak.accessToken("ops")).get("/api/ops/search").then().statusCode(200).body("orphaned", equalTo(0));

        given().auth().oauth2(merchandiser).post("/api/admin/products/" + id + "/restore").then().statusCode(200).body("archived", equalTo(false));
        given().queryParam("q", sku).get("/api/products").then().statusCode(200).body("total", equalTo(1));
        given().get("/api/products/" + id).then().statusCode(200);
        given().auth().oauth2(merchandiser).post("/api/admin/products/" + UUID.randomUUID() + "/archive").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theConsoleArchivesAndRestoresByHandle() {
        String sku = "ARC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Shop.stock(catalog, Shop.rows(sku + ",30.00,5"));
        String handle = sku.toLowerCase();
        HttpClient browser = Keycloak.browser();
        HttpResponse<String> console = Keycloak.openSignedIn(browser, store.resolve("/admin"), "merchandiser");
        assertThat(console.body()).contains("Archive a product");

        HttpResponse<String> archived = submit(browser, console, handle, "archive");
        assertThat(archived.statusCode()).isEqualTo(303);
        HttpResponse<String> after = Keycloak.get(browser, store.resolve(archived.headers().firstValue("Location").orElseThrow()));
        assertThat(after.body()).contains("Archived: the product is no longer sold.").contains("<code>" + handle + "</code>");
        given().queryParam("q", sku).get("/api/products").then().statusCode(200).body("total", equalTo(0));

        HttpResponse<String> unknown = submit(browser, after, "no-such-" + handle, "archive");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No product has the handle");

        HttpResponse<String> restored = submit(browser, after, handle, "restore");
        assertThat(restored.statusCode()).isEqualTo(303);
        given().queryParam("q", sku).get("/api/products").then().statusCode(200).body("total", equalTo(1));
    }

    private HttpResponse<String> submit(HttpClient browser, HttpResponse<String> page, String handle, String action) {
        Matcher token = FORM_TOKEN.matcher(page.body());
        assertThat(token.find()).as("the console's form token").isTrue();
        return Keycloak.postForm(browser, store.resolve("/admin/products/archive"),
                Map.of("csrf-token", token.group(1), "handle", handle, "action", action));
    }
}
