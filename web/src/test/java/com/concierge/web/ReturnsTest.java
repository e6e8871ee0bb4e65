package com.concierge.web;

import static com.concierge.web.support.Shop.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Shop;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Returns through the HTTP API as a shopper and staff use them (docs/postpurchase.md): what may go
 * back and why, every refusal as problem+json, the states from request to refund, stock back on
 * hand, and a refund that never exceeds what was paid.
 */
@QuarkusTest
class ReturnsTest {

    @Inject
    Catalog catalog;

    @Inject
    Inventory inventory;

    @Inject
    AgroalDataSource dataSource;

    private String category;
    private String blender;
    private String jar;
    private String clearance;
    private Shop.Returnable store;

    @BeforeEach
    void stock() {
        store = Shop.Returnable.stock(catalog, inventory);
        category = store.category();
        blender = store.blender();
        jar = store.jar();
        clearance = store.clearance();
    }

    private JsonPath buy(String token) {
        JsonPath order = store.buy(token);
        assertThat(order.getString("status")).isEqualTo("PAID");
        return order;
    }

    private static Response ask(String token, String order, String key, Object body) {
        var spec = as(token);
        if (key != null) {
            spec = spec.header("Idempotency-Key", key);
        }
        return spec.body(body).post("/api/orders/" + order + "/returns");
    }

    private static Map<String, Object> request(String reason, boolean opened, Object... skuQuantity) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < skuQuantity.length; i += 2) {
            lines.add(Map.of("sku", skuQuantity[i], "quantity", skuQuantity[i + 1]));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("lines", lines);
        body.put("reason", reason);
        body.put("opened", opened);
        return body;
    }

    private static void problem(Response response, int status, String type, String detail) {
        response.then().statusCode(status).contentType("application/problem+json").body("type", containsString("/" + type))
                .body("detail", containsString(detail));
    }

    private static String staff() {
        return Keycloak.accessToken("merchandiser");
    }

    @Test
    void aReturnGoesFromRequestToRefundAndStockComesBack() {
        String shopper = Keycloak.accessToken("shopper");
        JsonPath order = buy(shopper);
        String id = order.getString("id");

        JsonPath early = as(shopper).get("/api/orders/" + id + "/returns/options").then().statusCode(200).extract().jsonPath();
        assertThat(early.getString("why")).contains("has not shipped yet");
        problem(ask(shopper, id, "k0", request("changed-mind", false, blender, 1)), 422, "not-returnable", "cancel it instead");

        as(staff()).post("/api/admin/orders/" + id + "/fulfil").then().statusCode(200);
        as(staff()).post("/api/admin/orders/" + id + "/deliver").then().statusCode(200).body("status", equalTo("DELIVERED"));

        JsonPath options = as(shopper).queryParam("opened", true).get("/api/orders/" + id + "/returns/options").then().statusCode(200)
                .extract().jsonPath();
        assertThat(options.getString("deliveredOn")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        Map<String, Object> blenderLine = options.getMap("lines.find { it.sku == '" + blender + "' }");
        assertThat(blenderLine).containsEntry("allowed", true).containsEntry("returnable", 1).containsEntry("policyId", category + "-30")
                .containsEntry("restockingFeePercent", 15).containsEntry("lastDay", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        assertThat(options.getString("lines.find { it.sku == '" + clearance + "' }.why")).startsWith("Not returnable: final sale");

        // refusals, each with what to do about it
        problem(ask(Keycloak.accessToken("shopper2"), id, "k1", request("too-loud", true, blender, 1)), 404, "order-not-found", "No order");
        problem(ask(shopper, id, null, request("too-loud", true, blender, 1)), 400, "invalid-request", "Idempotency-Key");
        problem(ask(shopper, id, "k1", request("too-noisy", true, blender, 1)), 400, "invalid-request", "too-loud, too-big");
        problem(ask(shopper, id, "k1", request("too-loud", true, "NO-SUCH-SKU", 1)), 400, "invalid-request", "has no SKU NO-SUCH-SKU");
        problem(ask(shopper, id, "k1", request("too-loud", true, jar, 3)), 422, "quantity-not-returnable", "2 of the 2 bought");
        problem(ask(shopper, id, "k1", request("too-loud", true, jar, 0)), 400, "invalid-request", "at least 1");
        problem(ask(shopper, id, "k1", request("too-loud", false, clearance, 1)), 422, "not-returnable", "final sale under policy '"
                + category + "-final'");

        Map<String, Object> loud = request("too-loud", true, blender, 1, jar, 1);
        loud.put("comment", "louder than my old one");
        JsonPath asked = ask(shopper, id, "k1", loud).then().statusCode(201).extract().jsonPath();
        String ret = asked.getString("id");
        assertThat(asked.getString("status")).isEqualTo("REQUESTED");
        assertThat(asked.getString("number")).matches("RT-[0-9A-Z]{4}-[0-9A-Z]{4}");
        // the items' share of what was paid (their list price over the subtotal, of the subtotal with its tax), less 15% of it
        long subtotal = order.getLong("totals.subtotal.minorUnits");
        long paidForItems = subtotal + order.getLong("totals.discount.minorUnits") + order.getLong("totals.tax.minorUnits");
        long items = 125_00L * paidForItems / subtotal;
        long fee = 100_00L * paidForItems * 15 / (subtotal * 100) + 25_00L * paidForItems * 15 / (subtotal * 100);
        assertThat(asked.getLong("quote.items.minorUnits")).isEqualTo(items);
        assertThat(asked.getLong("quote.restockingFee.minorUnits")).isEqualTo(fee);
        assertThat(asked.getLong("quote.shipping.minorUnits")).as("a change of heart keeps shipping").isZero();
        assertThat(asked.getLong("quote.total.minorUnits")).isEqualTo(items - fee);

        ask(shopper, id, "k1", loud).then().statusCode(201).body("id", equalTo(ret)); // a retry is the same return
        problem(ask(shopper, id, "k1", request("too-loud", true, blender, 1)), 422, "idempotency-key-reused", "new key");
        problem(ask(shopper, id, "k2", request("too-loud", true, blender, 1)), 422, "quantity-not-returnable", "0 of the 1 bought");

        // measurement learns of the return (the return-rate KPI): when, and why, without the shopper's comment
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> recorded = as(shopper).get("/api/me/history").then().statusCode(200).extract().jsonPath()
                    .getMap("orders.find { it.order == '" + id + "' }");
            assertThat(recorded).containsEntry("returnReason", "too-loud").containsKey("returnedAt");
            assertThat(recorded.get("returnedAt")).isNotNull();
        });
        as(shopper).get("/api/returns/" + ret).then().statusCode(200).body("comment", equalTo("louder than my old one"));
        problem(as(Keycloak.accessToken("shopper2")).get("/api/returns/" + ret), 404, "return-not-found", "No return");
        as(shopper).post("/api/admin/returns/" + ret + "/approve").then().statusCode(403);

        problem(as(staff()).post("/api/admin/returns/" + ret + "/refund"), 409, "invalid-transition", "is requested; it cannot become refunded");
        as(staff()).post("/api/admin/returns/" + ret + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        as(staff()).post("/api/admin/returns/" + ret + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("history.size()", equalTo(2));
        problem(as(staff()).body(Map.of("carrier", "UPS")).post("/api/admin/returns/" + ret + "/label"), 400, "invalid-request",
                "tracking number");
        as(staff()).body(Map.of("carrier", "UPS", "trackingNumber", "1Z999AA10123456784")).post("/api/admin/returns/" + ret + "/label")
                .then().statusCode(200).body("status", equalTo("LABEL_ISSUED")).body("label.trackingNumber", equalTo("1Z999AA10123456784"));
        assertThat(as(staff()).queryParam("status", "label-issued").get("/api/admin/returns").then().statusCode(200).extract()
                .jsonPath().getList("id", String.class)).contains(ret);

        int blendersOnHand = inventory.sellable(blender).orElseThrow().onHand();
        String ops = Keycloak.accessToken("ops");
        problem(as(ops).body("{}").post("/api/admin/returns/" + ret + "/receive"), 400, "invalid-request", "resellable");
        as(ops).body(Map.of("resellable", true)).post("/api/admin/returns/" + ret + "/receive").then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("resellable", equalTo(true));
        assertThat(inventory.sellable(blender).orElseThrow().onHand()).isEqualTo(blendersOnHand + 1);

        as(ops).post("/api/admin/returns/" + ret + "/refund").then().statusCode(200).body("status", equalTo("REFUNDED"))
                .body("refunded.minorUnits", equalTo((int) (items - fee)));
        as(ops).post("/api/admin/returns/" + ret + "/refund").then().statusCode(200).body("refunded.minorUnits", equalTo((int) (items - fee)));
        as(shopper).get("/api/orders/" + id).then().statusCode(200).body("refunded.minorUnits", equalTo((int) (items - fee)))
                .body("payment.status", equalTo("PARTIALLY_REFUNDED")).body("status", equalTo("DELIVERED"));
        assertThat(as(shopper).get("/api/orders/" + id + "/returns").then().statusCode(200).extract().jsonPath()
                .getList("status", String.class)).containsExactly("REFUNDED");
        assertThat(inventory.sellable(blender).orElseThrow().onHand()).as("stock is put back once").isEqualTo(blendersOnHand + 1);
    }

    @Test
    void aRefusedReturnFreesItsUnitsAndTheStoresFaultGivesShippingBackWithoutAFee() {
        String shopper = Keycloak.accessToken("shopper2");
        JsonPath order = buy(shopper);
        String id = order.getString("id");
        as(staff()).post("/api/admin/orders/" + id + "/fulfil").then().statusCode(200);
        as(staff()).post("/api/admin/orders/" + id + "/deliver").then().statusCode(200);

        String first = ask(shopper, id, "a", request("changed-mind", false, jar, 2)).then().statusCode(201).extract().path("id");
        problem(as(staff()).body("{}").post("/api/admin/returns/" + first + "/refuse"), 400, "invalid-request", "Say why");
        as(staff()).body(Map.of("reason", "used beyond inspection")).post("/api/admin/returns/" + first + "/refuse").then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("history[1].note", containsString("used beyond inspection"));
        problem(as(staff()).post("/api/admin/returns/" + first + "/approve"), 409, "invalid-transition", "is refused");
        as(shopper).get("/api/orders/" + id + "/returns/options").then()
                .body("lines.find { it.sku == '" + jar + "' }.returnable", equalTo(2));

        // everything returnable, opened, defective: no restocking fee, shipping back; everything back is all that was paid for it
        JsonPath defective = ask(shopper, id, "b", request("defective", true, blender, 1, jar, 2)).then().statusCode(201).extract().jsonPath();
        long shipping = order.getLong("totals.shipping.minorUnits");
        assertThat(defective.getLong("quote.restockingFee.minorUnits")).isZero();
        assertThat(defective.getLong("quote.shipping.minorUnits")).isEqualTo(shipping);
        String second = defective.getString("id");
        as(staff()).post("/api/admin/returns/" + second + "/approve").then().statusCode(200);
        as(staff()).body(Map.of("resellable", false)).post("/api/admin/returns/" + second + "/receive").then().statusCode(200);
        as(staff()).post("/api/admin/returns/" + second + "/refund").then().statusCode(200);

        JsonPath after = as(shopper).get("/api/orders/" + id).then().statusCode(200).extract().jsonPath();
        long total = order.getLong("totals.total.minorUnits");
        long clearancePaid = 40_00L * (order.getLong("totals.subtotal.minorUnits") + order.getLong("totals.discount.minorUnits")
                + order.getLong("totals.tax.minorUnits")) / order.getLong("totals.subtotal.minorUnits");
        assertThat(after.getLong("refunded.minorUnits")).isLessThanOrEqualTo(total).isBetween(total - clearancePaid - 1, total - clearancePaid + 1);
    }

    @Test
    void afterTheWindowNothingGoesBackAndThePolicySaysWhen() throws SQLException {
        String shopper = Keycloak.accessToken("shopper");
        String id = buy(shopper).getString("id");
        as(staff()).post("/api/admin/orders/" + id + "/fulfil").then().statusCode(200);
        backdate(id, 45);
        LocalDate delivered = LocalDate.now(ZoneOffset.UTC).minusDays(40);
        problem(as(staff()).queryParam("deliveredAt", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString())
                .post("/api/admin/orders/" + id + "/deliver"), 400, "invalid-request", "and now");
        as(staff()).queryParam("deliveredAt", delivered.toString()).post("/api/admin/orders/" + id + "/deliver").then().statusCode(200);

        JsonPath options = as(shopper).get("/api/orders/" + id + "/returns/options").then().statusCode(200).extract().jsonPath();
        assertThat(options.getString("deliveredOn")).isEqualTo(delivered.toString());
        assertThat(options.getList("lines.allowed", Boolean.class)).containsOnly(false);
        problem(ask(shopper, id, "late", request("changed-mind", false, blender, 1)), 422, "not-returnable",
                "the 30-day window under policy '" + category + "-30' (category " + category + " everywhere) ended on " + delivered.plusDays(30));
    }

    @Test
    void aGuestReturnsByTheOrdersIdAndStaffReachesItByStatus() {
        JsonPath order = buy(null);
        String id = order.getString("id");
        as(staff()).post("/api/admin/orders/" + id + "/fulfil").then().statusCode(200);
        as(staff()).post("/api/admin/orders/" + id + "/deliver").then().statusCode(200);

        String ret = ask(null, id, "g", request("too-big", false, jar, 1)).then().statusCode(201).body("owner", org.hamcrest.Matchers.nullValue())
                .extract().path("id");
        as(null).get("/api/returns/" + ret).then().statusCode(200).body("reason", equalTo("TOO_BIG"));
        assertThat(as(staff()).queryParam("status", "requested").get("/api/admin/returns").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class)).contains(ret);
        problem(as(staff()).queryParam("status", "lost").get("/api/admin/returns"), 400, "invalid-request", "label-issued");
        problem(as(staff()).get("/api/admin/returns/not-an-id"), 404, "return-not-found", "not-an-id");
    }

    @Test
    void aGuestFindsTheOrderByNumberAndEmailAndReturnsFromItsPage() {
        JsonPath order = buy(null);
        String id = order.getString("id");
        problem(as(staff()).queryParam("carrier", "UPS").post("/api/admin/orders/" + id + "/fulfil"), 400, "invalid-request",
                "a carrier and a tracking number");
        as(staff()).queryParam("carrier", "UPS").queryParam("trackingNumber", "1Z999AA10123456784").post("/api/admin/orders/" + id + "/fulfil")
                .then().statusCode(200).body("status", equalTo("FULFILLED")).body("shipment.trackingNumber", equalTo("1Z999AA10123456784"));
        as(staff()).post("/api/admin/orders/" + id + "/deliver").then().statusCode(200);
        String shoppersOrder = buy(Keycloak.accessToken("shopper")).getString("number");

        StorefrontPagesTest.Visit visit = StorefrontPagesTest.Visit.to("/orders");
        visit.post().formParam("number", order.getString("number")).formParam("email", "someone-else@example.com").post("/orders/find")
                .then().statusCode(404).body(containsString("No guest order has that number and e-mail address"));
        // a signed-in shopper's order is never found by number and e-mail
        visit.post().formParam("number", shoppersOrder).formParam("email", "buyer@example.com").post("/orders/find").then().statusCode(404);
        visit.post().formParam("number", "").formParam("email", "").post("/orders/find").then().statusCode(400)
                .body(containsString("Write the order number"));
        visit.post().formParam("number", order.getString("number").toLowerCase()).formParam("email", "BUYER@example.com").post("/orders/find")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/orders/" + id));

        visit.browse().get("/orders/" + id).then().statusCode(200).body(containsString(order.getString("number")))
                .body(containsString("Shipped with UPS, tracking number <strong class=\"tracking\">1Z999AA10123456784</strong>"))
                .body(containsString("Test item RT-TAMP-")).body(containsString("fits your Test item " + blender + " (the 64 oz jar)"))
                .body(org.hamcrest.Matchers.not(containsString("RT-LID-")))
                .body(containsString("name=\"qty." + jar + "\"")).body(containsString("Not returnable: final sale"));
        visit.post().formParam("key", "page-1").formParam("reason", "too-big").post("/orders/" + id + "/returns").then().statusCode(400)
                .body(containsString("Choose how many")).body(containsString("value=\"too-big\" selected"));
        visit.post().formParam("key", "page-1").formParam("qty." + jar, "3").formParam("reason", "too-big").post("/orders/" + id + "/returns")
                .then().statusCode(422).body(containsString("2 of the 2 bought can still be returned"));
        String location = visit.post().formParam("key", "page-1").formParam("qty." + jar, "1").formParam("reason", "too-big")
                .post("/orders/" + id + "/returns").then().statusCode(303).extract().header("Location");
        assertThat(location).contains("/orders/" + id + "?returned=RT-");
        visit.browse().get("/orders/" + id).then().statusCode(200).body(containsString("Requested")).body(containsString("Too big"));
        given404("/orders/" + UUID.randomUUID());
        given404("/orders/not-an-order");
    }

    private static void given404(String path) {
        io.restassured.RestAssured.given().accept("text/html").get(path).then().statusCode(404);
    }

    /** The order was placed {@code days} ago: what a store sees when a return is asked for long after the sale. */
    private void backdate(String order, int days) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE checkout_order SET placed_at = ? WHERE id = ?")) {
            update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusDays(days));
            update.setObject(2, UUID.fromString(order));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
