package com.concierge.web.support;

import static io.restassured.RestAssured.given;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.imports.ImportProgress;
import com.concierge.catalog.api.imports.ImportReport;
import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.catalog.api.policies.PolicyScope;
import com.concierge.catalog.api.policies.ReturnPolicy;
import com.concierge.catalog.api.policies.ShippingPolicy;
import com.concierge.kernel.files.FileFormat;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A shopper's steps over HTTP, and the catalog data checkout tests buy from. */
public final class Shop {

    /** The test categories (appliances and their parts); a US shipping policy (2–4 days) covers both. */
    public static final String CATEGORY = "checkout-test";
    public static final String PARTS = "checkout-test-parts";
    public static final String VISA = "4242424242424242";

    private Shop() {
    }

    /** Defines the category and its shipping policy (again is harmless), then imports {@code rows}. */
    public static ImportReport stock(Catalog catalog, String rows) {
        catalog.defineCategory(new CategoryDefinition(CATEGORY, "Checkout test", List.of(), 0));
        catalog.defineCategory(new CategoryDefinition(PARTS, "Checkout test parts", List.of(), 0));
        catalog.putPolicy(new ShippingPolicy("checkout-test-us", PolicyScope.categories(CATEGORY, PARTS).inRegions("US"), true, 2, 4, List.of()));
        ImportReport report = catalog.importProducts(FileFormat.CSV, new StringReader(
                "product,sku,category,title,brand,price,currency,stock\n" + rows), ImportProgress.NONE);
        if (!report.problems().isEmpty()) {
            throw new AssertionError("test products refused: " + report.problems());
        }
        return report;
    }

    /** One product of {@link #CATEGORY} per SKU: {@code sku,price,stock}. */
    public static String rows(String... skuPriceStock) {
        return rowsIn(CATEGORY, skuPriceStock);
    }

    /** One product of {@code category} per SKU: {@code sku,price,stock}. */
    public static String rowsIn(String category, String... skuPriceStock) {
        StringBuilder rows = new StringBuilder();
        for (String line : skuPriceStock) {
            String[] f = line.split(",");
            rows.append(f[0].toLowerCase()).append(',').append(f[0]).append(',').append(category).append(",Test item ").append(f[0])
                    .append(",Testco,").append(f[1]).append(",USD,").append(f[2]).append('\n');
        }
        return rows.toString();
    }

    /**
     * A store to return things to: a category of its own whose return policy ({@code <category>-30})
     * gives 30 days and charges 15% on opened items, a $100 blender, a $25 jar and a $40 clearance
     * item under a final-sale policy ({@code <category>-final}), all shipping to the US.
     */
    public record Returnable(String category, String blender, String jar, String clearance) {

        public static Returnable stock(Catalog catalog, Inventory inventory) {
            String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            Returnable store = new Returnable("returns-test-" + suffix.toLowerCase(), "RT-BLEND-" + suffix, "RT-JAR-" + suffix, "RT-CLEAR-" + suffix);
            catalog.defineCategory(new CategoryDefinition(store.category, "Returns test", List.of(), 0));
            catalog.putPolicy(new ShippingPolicy(store.category + "-us", PolicyScope.categories(store.category).inRegions("US"), true, 2, 4, List.of()));
            catalog.putPolicy(new ReturnPolicy(store.category + "-30", PolicyScope.categories(store.category), 30, false, 15,
                    List.of("original packaging")));
            ImportReport report = catalog.importProducts(FileFormat.CSV, new StringReader("product,sku,category,title,brand,price,currency,stock\n"
                    + rowsIn(store.category, store.blender + ",100.00,5", store.jar + ",25.00,10", store.clearance + ",40.00,3")), ImportProgress.NONE);
            if (!report.problems().isEmpty()) {
                throw new AssertionError("test products refused: " + report.problems());
            }
            UUID clearanceProduct = inventory.sellable(store.clearance).orElseThrow().product();
            // a tamper that goes with the blender, and a lid that fits only something else
            catalog.importProducts(FileFormat.CSV, new StringReader("product,sku,category,title,brand,price,currency,stock\n"
                    + rowsIn(store.category, "RT-TAMP-" + suffix + ",15.00,9", "RT-LID-" + suffix + ",9.00,9", "RT-OTHER-" + suffix + ",80.00,9")),
                    ImportProgress.NONE);
            UUID blenderProduct = inventory.sellable(store.blender).orElseThrow().product();
            catalog.link(inventory.sellable("RT-TAMP-" + suffix).orElseThrow().product(), com.concierge.catalog.api.compatibility.Relation.ACCESSORY_OF,
                    blenderProduct, "the 64 oz jar");
            catalog.link(inventory.sellable("RT-LID-" + suffix).orElseThrow().product(), com.concierge.catalog.api.compatibility.Relation.FITS,
                    inventory.sellable("RT-OTHER-" + suffix).orElseThrow().product(), null);
            catalog.putPolicy(ReturnPolicy.finalSale(store.category + "-final", new PolicyScope(Set.of(clearanceProduct), Set.of(), Set.of())));
            return store;
        }

        /** The shopper ({@code token}, null for a guest) buys one blender, two jars and the clearance item; the paid order's JSON. */
        public JsonPath buy(String token) {
            String cart = openCart(token);
            // a signed-in shopper's active cart may hold what another test left in it: only these lines are bought
            JsonPath left = as(token).get("/api/carts/" + cart).then().statusCode(200).extract().jsonPath();
            for (String sku : left.getList("lines.sku", String.class)) {
                as(token).delete("/api/carts/" + cart + "/items/" + sku).then().statusCode(200);
            }
            if (left.getString("discountCode") != null) {
                as(token).delete("/api/carts/" + cart + "/discount").then().statusCode(200);
            }
            add(token, cart, blender, 1);
            add(token, cart, jar, 2);
            add(token, cart, clearance, 1);
            JsonPath view = shipToUs(token, cart);
            return place(token, order(view, Shop.token(VISA)), UUID.randomUUID().toString()).then().statusCode(201).extract().jsonPath();
        }
    }

    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    public static String openCart(String token) {
        return as(token).body("{}").post("/api/carts").then().statusCode(201).extract().path("id");
    }

    public static JsonPath add(String token, String cart, String sku, int quantity) {
        return as(token).body(Map.of("sku", sku, "quantity", quantity)).post("/api/carts/" + cart + "/items")
                .then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath shipToUs(String token, String cart) {
        return as(token).body(Map.of("region", "US")).put("/api/carts/" + cart + "/shipping").then().statusCode(200).extract().jsonPath();
    }

    /** A guest cart with these lines ({@code sku → quantity}), shipping to the US. */
    public static JsonPath guestCart(Map<String, Integer> lines) {
        String cart = openCart(null);
        lines.forEach((sku, quantity) -> add(null, cart, sku, quantity));
        return shipToUs(null, cart);
    }

    public static String token(String card) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("number", card, "expMonth", 12, "expYear", 2040, "cvc", "123"))
                .post("/api/test-payments/tokens").then().statusCode(200).extract().path("token");
    }

    public static Map<String, Object> order(JsonPath cart, String paymentToken) {
        Map<String, Object> body = new HashMap<>();
        body.put("cart", cart.getString("id"));
        body.put("cartVersion", cart.getLong("version"));
        body.put("email", "buyer@example.com");
        body.put("paymentToken", paymentToken);
        return body;
    }

    public static Response place(String token, Map<String, Object> body, String key) {
        return as(token).header("Idempotency-Key", key).body(body).post("/api/orders");
    }

    public static Response place(Map<String, Object> body) {
        return place(null, body, UUID.randomUUID().toString());
    }
}
