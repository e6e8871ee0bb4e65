package com.concierge.web;

import static com.concierge.web.support.Shop.add;
import static com.concierge.web.support.Shop.as;
import static com.concierge.web.support.Shop.guestCart;
import static com.concierge.web.support.Shop.openCart;
import static com.concierge.web.support.Shop.order;
import static com.concierge.web.support.Shop.place;
import static com.concierge.web.support.Shop.rows;
import static com.concierge.web.support.Shop.shipToUs;
import static com.concierge.web.support.Shop.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.compatibility.Relation;
import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.checkout.api.Checkout;
import com.concierge.kernel.events.Outbox;
import com.concierge.web.support.Keycloak;
import com.concierge.web.support.Shop;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import com.concierge.web.support.Talk;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Checkout through its HTTP API as a shopper and a merchandiser would use it: carts, totals,
 * warnings, holds, orders, payments, the order's life, and every refusal as problem+json.
 */
@QuarkusTest
class CheckoutTest {

    /** The checkout module's hold-expiry job (CheckoutService.EXPIRY_JOB). */
    private static final String EXPIRY_JOB = "checkout-expiry";

    @Inject
    Scheduler scheduler;

    @Inject
    Catalog catalog;

    @Inject
    Inventory inventory;

    @Inject
    Checkout checkout;

    @Inject
    MockMailbox mailbox;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void aGuestBuysWithATestCardAndGetsAPaidOrderAConfirmationAndLessStock() {
        String blender = unique("CO-BLEND");
        String jar = unique("CO-JAR");
        Shop.stock(catalog, rows(blender + ",49.99,5", jar + ",19.50,3"));
        String cart = openCart(null);
        add(null, cart, blender, 1);
        JsonPath view = add(null, cart, jar, 2);
        assertThat(view.getLong("totals.subtotal.minorUnits")).isEqualTo(4999 + 2 * 1950);
        assertThat(view.getBoolean("totals.complete")).isFalse();
        assertThat(view.getList("shippingOptions")).isEmpty();

        view = shipToUs(null, cart);
        // 88.99 is over the free-shipping line (75.00): standard is free; US tax 7.25 % of 88.99 = 6.45
        assertThat(view.getString("shippingOption")).isEqualTo("standard");
        assertThat(view.getList("shippingOptions.id", String.class)).containsExactly("standard", "express");
        assertThat(view.getInt("shippingOptions.find { it.id == 'standard' }.minDays")).isEqualTo(2);
        assertThat(view.getInt("shippingOptions.find { it.id == 'standard' }.maxDays")).isEqualTo(4);
        assertThat(view.getLong("totals.shipping.minorUnits")).isZero();
        assertThat(view.getLong("totals.tax.minorUnits")).isEqualTo(645);
        assertThat(view.getLong("totals.total.minorUnits")).isEqualTo(8899 + 645);
        assertThat(view.getBoolean("totals.complete")).isTrue();

        view = as(null).body(Map.of("region", "US", "option", "express")).put("/api/carts/" + cart + "/shipping").then().statusCode(200)
                .extract().jsonPath();
        assertThat(view.getLong("totals.shipping.minorUnits")).isEqualTo(1499);
        assertThat(view.getLong("totals.tax.minorUnits")).isEqualTo(754); // 7.25 % of 103.98 = 7.5386

        mailbox.clear();
        Response placed = place(order(view, token(Shop.VISA)));
        placed.then().statusCode(201).header("Location", containsString("/api/orders/"));
        JsonPath order = placed.jsonPath();
        assertThat(order.getString("number")).matches("CC-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(order.getString("status")).isEqualTo("PAID");
        assertThat(order.getString("payment.status")).isEqualTo("CAPTURED");
        assertThat(order.getString("payment.cardLast4")).isEqualTo("4242");
        assertThat(order.getLong("totals.total.minorUnits")).isEqualTo(8899 + 1499 + 754);
        assertThat(order.getList("history.status", String.class)).containsExactly("PLACED", "PAID");
        assertThat(order.getBoolean("assisted")).isFalse();
        assertThat(inventory.sellable(blender).orElseThrow().onHand()).isEqualTo(4);
        assertThat(inventory.sellable(jar).orElseThrow().onHand()).isEqualTo(1);

        given().get("/api/orders/" + order.getString("id")).then().statusCode(200).body("number", equalTo(order.getString("number")));
        given().get("/api/carts/" + cart).then().statusCode(200).body("status", equalTo("ORDERED"));
        add409(cart, blender, "cart-closed");
        // ordering the same cart again, with a new key, is refused as the docs say
        problem(place(order(view, token(Shop.VISA))), 409, "cart-closed");

        // the confirmation leaves through the outbox once the order committed
        String number = order.getString("number");
        java.util.function.Supplier<List<Mail>> confirmations = () -> mailbox.getMailsSentTo("buyer@example.com").stream()
                .filter(m -> m.getSubject().contains(number)).toList();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> !confirmations.get().isEmpty());
        outbox.deliverPending();
        List<Mail> mails = confirmations.get();
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).contains(order.getString("number"));
        assertThat(mails.getFirst().getText()).contains("1 × Test item " + blender).contains("Total: $111.52").contains("visa ending in 4242");
        assertThat(mails.getFirst().getText()).doesNotContain(Shop.VISA);
        // a second send after a crash would carry the same Message-ID, made from the order's id
        assertThat(mails.getFirst().getHeaders().get("Message-ID")).containsExactly("<order-" + order.getString("id") + "@localhost>");
        // the e-mail's link opens the order's page
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("Your order: http://[^/\\s]+(/\\S+)").matcher(mails.getFirst().getText());
        assertThat(link.find()).as(mails.getFirst().getText()).isTrue();
        assertThat(link.group(1)).isEqualTo("/checkout/orders/" + order.getString("id"));
        given().get(link.group(1)).then().statusCode(200).body(org.hamcrest.Matchers.containsString(order.getString("number")));
        assertThat(rowsMentioning(Shop.VISA.substring(4))).as("card digits stored anywhere").isZero();
    }

    /** Rows of checkout's tables and the outbox whose text contains {@code text}. */
    private long rowsMentioning(String text) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        select (select count(*) from checkout_order where payment like :t or history like :t or email like :t)
                             + (select count(*) from checkout_idempotency where response like :t or request_hash like :t)
                             + (select count(*) from kernel_outbox where payload like :t)""")
                .setParameter("t", "%" + text + "%").getSingleResult()).longValue());
    }

    private static void add409(String cart, String sku, String type) {
        as(null).body(Map.of("sku", sku, "quantity", 1)).post("/api/carts/" + cart + "/items").then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString(type));
    }

    @Test
    void badInputGetsProblemJsonAndLeavesTheCartAsItWas() {
        String sku = unique("CO-BAD");
        Shop.stock(catalog, rows(sku + ",10.00,3"));
        String cart = openCart(null);
        add(null, cart, sku, 1);

        problem(as(null).body(Map.of("sku", "NO-SUCH-SKU", "quantity", 1)).post("/api/carts/" + cart + "/items"), 404, "unknown-variant");
        problem(as(null).body(Map.of("sku", sku, "quantity", -2)).post("/api/carts/" + cart + "/items"), 400, "invalid-quantity");
        problem(as(null).body(Map.of("sku", sku, "quantity", 11)).put("/api/carts/" + cart + "/items/" + sku), 400, "invalid-quantity");
        problem(as(null).body("{\"sku\": \"" + sku + "\", \"quantity\": 99999999999999}").post("/api/carts/" + cart + "/items"), 400, "malformed-json");
        problem(as(null).body(Map.of("sku", sku, "quantity", 3)).post("/api/carts/" + cart + "/items"), 409, "out-of-stock");
        problem(as(null).body(Map.of("code", "NOPE")).put("/api/carts/" + cart + "/discount"), 404, "unknown-discount");
        problem(as(null).body(Map.of("region", "U S A")).put("/api/carts/" + cart + "/shipping"), 400, "invalid-request");
        problem(given().get("/api/carts/" + UUID.randomUUID()), 404, "cart-not-found");

        JsonPath view = given().get("/api/carts/" + cart).then().statusCode(200).extract().jsonPath();
        assertThat(view.getList("lines.sku")).containsExactly(sku);
        assertThat(view.getInt("lines[0].quantity")).isEqualTo(1);

        // ordering: no key, no region, a stale version, a declined card
        Map<String, Object> body = order(view, token(Shop.VISA));
        problem(as(null).body(body).post("/api/orders"), 400, "invalid-request");
        problem(place(body), 409, "no-destination");
        view = shipToUs(null, cart);
        Map<String, Object> stale = order(view, token(Shop.VISA));
        stale.put("cartVersion", view.getLong("version") - 1);
        problem(place(stale), 409, "stale-cart");
        problem(place(order(view, token("4000000000000002"))), 402, "payment-declined");
        problem(place(order(view, token("4000000000009995"))), 402, "payment-declined");
        Map<String, Object> badEmail = order(view, token(Shop.VISA));
        badEmail.put("email", "not-an-address");
        problem(place(badEmail), 400, "invalid-request");
        problem(as(null).body(Map.of("number", "4242424242424241", "expMonth", 12, "expYear", 2040, "cvc", "123"))
                .post("/api/test-payments/tokens"), 400, "invalid-request");

        assertThat(inventory.sellable(sku).orElseThrow().onHand()).isEqualTo(3); // nothing was sold by any of that
        place(order(view, token(Shop.VISA))).then().statusCode(201);
    }

    private static void problem(Response response, int status, String type) {
        response.then().statusCode(status).contentType("application/problem+json").body("type", containsString("/" + type))
                .body("status", equalTo(status)).body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    @Test
    void aPriceChangeIsANoticeAndTheOldCartVersionIsStale() {
        String sku = unique("CO-PRICE");
        Shop.stock(catalog, rows(sku + ",30.00,5"));
        String cart = openCart(null);
        add(null, cart, sku, 1);
        JsonPath before = shipToUs(null, cart);
        Shop.stock(catalog, rows(sku + ",27.00,5"));

        JsonPath now = given().get("/api/carts/" + cart).then().statusCode(200).extract().jsonPath();
        assertThat(now.getList("notices", String.class)).containsExactly("The price of Test item " + sku + " went from 30.00 USD to 27.00 USD.");
        assertThat(now.getLong("lines[0].unitPrice.minorUnits")).isEqualTo(2700);
        problem(place(order(before, token(Shop.VISA))), 409, "stale-cart");

        as(null).post("/api/carts/" + cart + "/checkout").then().statusCode(200); // looking again at checkout acknowledges the price
        JsonPath acknowledged = given().get("/api/carts/" + cart).then().extract().jsonPath();
        assertThat(acknowledged.getList("notices")).isEmpty();
        JsonPath order = place(order(acknowledged, token(Shop.VISA))).then().statusCode(201).extract().jsonPath();
        assertThat(order.getLong("totals.subtotal.minorUnits")).isEqualTo(2700);
    }

    @Test
    void aCheckoutHoldsTheStockUntilItExpiresAndAnExpiredHoldThatLostItsUnitsSaysSo() {
        String sku = unique("CO-HOLD");
        Shop.stock(catalog, rows(sku + ",40.00,1"));
        JsonPath first = guestCart(Map.of(sku, 1));
        JsonPath hold = as(null).post("/api/carts/" + first.getString("id") + "/checkout").then().statusCode(200).extract().jsonPath();
        assertThat(hold.getMap("quantities")).containsEntry(sku, 1);
        assertThat(inventory.sellable(sku).orElseThrow().available()).isZero();

        // someone else cannot take the held unit
        String second = openCart(null);
        problem(as(null).body(Map.of("sku", sku, "quantity", 1)).post("/api/carts/" + second + "/items"), 409, "out-of-stock");

        // the hold ends (time passes), the expiry job gives the unit back, the other shopper buys it
        expire(first.getString("id"));
        assertThat(checkout.expireHolds()).isPositive();
        assertThat(inventory.sellable(sku).orElseThrow().available()).isEqualTo(1);
        JsonPath other = guestCart(Map.of(sku, 1));
        place(order(other, token(Shop.VISA))).then().statusCode(201);

        JsonPath late = given().get("/api/carts/" + first.getString("id")).then().extract().jsonPath();
        problem(place(order(late, token(Shop.VISA))), 409, "out-of-stock");
    }

    @Test
    void anOrderAfterItsHoldExpiredButBeforeTheJobRanIsRefusedAsExpiredWhenTheUnitsAreGone() {
        String sku = unique("CO-EXP");
        Shop.stock(catalog, rows(sku + ",40.00,2"));
        JsonPath cart = guestCart(Map.of(sku, 2));
        as(null).post("/api/carts/" + cart.getString("id") + "/checkout").then().statusCode(200);
        JsonPath held = given().get("/api/carts/" + cart.getString("id")).then().extract().jsonPath();
        scheduler.pause(EXPIRY_JOB); // "before the job ran": a round of it between here and the order would release the hold first
        try {
            expire(cart.getString("id"));
            // the feed says one unit is left: the two held units are no longer there
            Shop.stock(catalog, rows(sku + ",40.00,1"));

            problem(place(order(held, token(Shop.VISA))), 409, "reservation-expired");
            assertThat(inventory.sellable(sku).orElseThrow().reserved()).isZero();
        } finally {
            scheduler.resume(EXPIRY_JOB);
        }
    }

    private void expire(String cart) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update checkout_reservation set expires_at = :past where cart_id = :cart")
                .setParameter("past", java.time.Instant.now().minusSeconds(1)).setParameter("cart", UUID.fromString(cart)).executeUpdate());
    }

    @Test
    void anOrderThatCannotTakeAllItsUnitsRollsBackAndPublishesNothing() {
        String first = unique("CO-RB1");
        String second = unique("CO-RB2");
        Shop.stock(catalog, rows(first + ",10.00,4", second + ",12.00,1"));
        JsonPath cart = guestCart(Map.of(first, 2, second, 1));
        as(null).post("/api/carts/" + cart.getString("id") + "/checkout").then().statusCode(200);
        JsonPath held = given().get("/api/carts/" + cart.getString("id")).then().extract().jsonPath();
        // the warehouse loses the second item while the shopper pays: its held unit is gone
        Shop.stock(catalog, rows(first + ",10.00,4", second + ",12.00,0"));

        problem(place(order(held, token(Shop.VISA))), 409, "out-of-stock");

        assertThat(inventory.sellable(first).orElseThrow().onHand()).isEqualTo(4); // the first line's take was rolled back
        assertThat(inventory.sellable(first).orElseThrow().reserved()).isEqualTo(2); // and its hold is still the shopper's
        assertThat(orderEvents(first)).isEmpty();
        given().get("/api/carts/" + cart.getString("id")).then().body("status", equalTo("ACTIVE"));
    }

    /** Order events in the outbox that mention {@code text}. */
    private List<?> orderEvents(String text) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select event_id from kernel_outbox where channel like 'checkout-order-%' and payload like :text")
                .setParameter("text", "%" + text + "%").getResultList());
    }

    @Test
    void discountsFollowTheirRules() {
        String sku = unique("CO-DISC");
        Shop.stock(catalog, rows(sku + ",40.00,10"));
        String admin = Keycloak.accessToken("merchandiser");
        as(admin).body(Map.of("kind", "PERCENT", "value", "10", "category", Shop.CATEGORY, "minSpend", "50.00", "currency", "USD", "active", true))
                .put("/api/admin/discounts/TENOFF").then().statusCode(200).body("code", equalTo("TENOFF"));
        as(admin).body(Map.of("kind", "AMOUNT", "value", "5.00", "currency", "USD", "endsOn", "2020-01-31", "active", true))
                .put("/api/admin/discounts/OLDFIVE").then().statusCode(200);
        // a code is live only when the merchandiser says so; a negative minimum spend is no rule
        problem(as(admin).body(Map.of("kind", "PERCENT", "value", "10")).put("/api/admin/discounts/NOACTIVE"), 400, "invalid-request");
        problem(as(admin).body(Map.of("kind", "PERCENT", "value", "10", "minSpend", "-5.00", "currency", "USD", "active", true))
                .put("/api/admin/discounts/NEGSPEND"), 400, "invalid-request");
        given().auth().oauth2(admin).get("/api/admin/discounts").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItems("NOACTIVE", "NEGSPEND")));
        problem(as(admin).body(Map.of("kind", "PERCENT", "value", "150", "active", true)).put("/api/admin/discounts/TOOMUCH"), 400, "invalid-request");
        problem(as(admin).body(Map.of("kind", "AMOUNT", "value", "5.001", "currency", "USD", "active", true)).put("/api/admin/discounts/ODD"), 400, "invalid-request");
        as(Keycloak.accessToken("shopper")).body(Map.of("kind", "PERCENT", "value", "10", "active", true)).put("/api/admin/discounts/MINE").then().statusCode(403);

        String cart = guestCart(Map.of(sku, 1)).getString("id");
        problem(as(null).body(Map.of("code", "tenoff")).put("/api/carts/" + cart + "/discount"), 409, "discount-not-applicable");
        problem(as(null).body(Map.of("code", "OLDFIVE")).put("/api/carts/" + cart + "/discount"), 409, "discount-not-applicable");
        as(null).body(Map.of("quantity", 2)).put("/api/carts/" + cart + "/items/" + sku).then().statusCode(200);
        JsonPath view = as(null).body(Map.of("code", "tenoff")).put("/api/carts/" + cart + "/discount").then().statusCode(200).extract().jsonPath();
        assertThat(view.getString("discountCode")).isEqualTo("TENOFF");
        assertThat(view.getLong("totals.discount.minorUnits")).isEqualTo(-800);
        // 72.00 after the discount: under the free-shipping line, so standard shipping is charged; tax on 77.99
        assertThat(view.getLong("totals.shipping.minorUnits")).isEqualTo(599);
        assertThat(view.getLong("totals.tax.minorUnits")).isEqualTo(565);
        assertThat(view.getLong("totals.total.minorUnits")).isEqualTo(7200 + 599 + 565);

        // lowering the quantity below the minimum spend keeps the code but it gives nothing, with the reason
        view = as(null).body(Map.of("quantity", 1)).put("/api/carts/" + cart + "/items/" + sku).then().statusCode(200).extract().jsonPath();
        assertThat(view.getLong("totals.discount.minorUnits")).isZero();
        assertThat(view.getList("warnings.message", String.class)).anyMatch(m -> m.contains("TENOFF needs a subtotal of 50.00 USD; add 10.00 USD more"));
        JsonPath order = place(order(view, token(Shop.VISA))).then().statusCode(201).extract().jsonPath();
        assertThat(order.getString("discountCode")).isNull();
    }

    @Test
    void theCartWarnsAboutWhatAnItemRequiresAndWhatItDoesNotFit() {
        String base = unique("CO-BASE");
        String otherBase = unique("CO-OBASE");
        String blade = unique("CO-BLADE");
        String jar = unique("CO-FJAR");
        Shop.stock(catalog, rows(base + ",99.00,5", otherBase + ",89.00,5") + Shop.rowsIn(Shop.PARTS, blade + ",15.00,5", jar + ",25.00,5"));
        UUID baseId = inventory.sellable(base).orElseThrow().product();
        catalog.link(inventory.sellable(blade).orElseThrow().product(), Relation.REQUIRES, baseId, "blade assembly for the base");
        catalog.link(inventory.sellable(jar).orElseThrow().product(), Relation.FITS, baseId, "2 L jar");

        String cart = openCart(null);
        JsonPath view = add(null, cart, blade, 1);
        assertThat(view.getString("warnings.find { it.kind == 'REQUIRES' }.message"))
                .isEqualTo("Test item " + blade + " requires Test item " + base + ", which is not in your cart.");
        assertThat(view.getString("warnings.find { it.kind == 'REQUIRES' }.fix.product")).isEqualTo(baseId.toString());

        add(null, cart, otherBase, 1);
        view = add(null, cart, jar, 1);
        assertThat(view.getString("warnings.find { it.kind == 'DOES_NOT_FIT' }.message"))
                .isEqualTo("Test item " + jar + " does not fit the Test item " + otherBase + " in your cart; it fits Test item " + base + ".");
        assertThat(view.getString("warnings.find { it.kind == 'DOES_NOT_FIT' }.fix.title")).isEqualTo("Test item " + base);

        view = add(null, cart, base, 1);
        assertThat(view.getList("warnings.kind", String.class)).doesNotContain("REQUIRES", "DOES_NOT_FIT");
    }

    @Test
    void aGuestCartMergesIntoTheShoppersCartOnLogin() {
        String sku = unique("CO-MERGE");
        String other = unique("CO-MINE");
        Shop.stock(catalog, rows(sku + ",20.00,10", other + ",5.00,10"));
        String shopper = Keycloak.accessToken("shopper");
        String mine = openCart(shopper);
        add(shopper, mine, sku, 1);
        add(shopper, mine, other, 1);
        String conversation = Talk.start();
        String guest = as(null).header(Talk.TOKEN_HEADER, Talk.token(conversation)).body(Map.of("conversation", conversation)).post("/api/carts").then().statusCode(201).extract().path("id");
        add(null, guest, sku, 2);

        problem(given().get("/api/carts/" + mine), 404, "cart-not-found"); // a shopper's cart is theirs alone
        JsonPath merged = as(shopper).post("/api/carts/" + guest + "/merge").then().statusCode(200).extract().jsonPath();
        assertThat(merged.getString("id")).isEqualTo(mine);
        assertThat(merged.getInt("lines.find { it.sku == '" + sku + "' }.quantity")).isEqualTo(3);
        assertThat(merged.getInt("lines.find { it.sku == '" + other + "' }.quantity")).isEqualTo(1);
        assertThat(merged.getList("conversations", String.class)).contains(conversation.toString());
        given().get("/api/carts/" + guest).then().body("status", equalTo("MERGED"));
        as(null).post("/api/carts/" + guest + "/merge").then().statusCode(401);
        assertThat(as(shopper).body("{}").post("/api/carts").then().statusCode(201).extract().path("id").toString()).isEqualTo(mine);
    }

    @Test
    void anOrderLivesThroughFulfilmentDeliveryAndRefundsAndRefusesWrongMoves() {
        String sku = unique("CO-LIFE");
        Shop.stock(catalog, rows(sku + ",60.00,5"));
        String shopper = Keycloak.accessToken("shopper");
        String cart = openCart(shopper);
        add(shopper, cart, sku, 2);
        JsonPath view = shipToUs(shopper, cart);
        String id = place(shopper, order(view, token(Shop.VISA)), UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");
        String admin = Keycloak.accessToken("merchandiser");

        problem(given().get("/api/orders/" + id), 404, "order-not-found"); // not someone else's to read
        assertThat(as(shopper).get("/api/orders").then().statusCode(200).extract().jsonPath().getList("id", String.class)).contains(id);
        problem(as(admin).post("/api/admin/orders/" + id + "/deliver"), 409, "invalid-transition");
        as(admin).post("/api/admin/orders/" + id + "/fulfil").then().statusCode(200).body("status", equalTo("FULFILLED"));
        problem(as(shopper).body("{}").post("/api/orders/" + id + "/cancel"), 409, "invalid-transition");
        as(admin).post("/api/admin/orders/" + id + "/deliver").then().statusCode(200).body("status", equalTo("DELIVERED"));

        long total = view.getLong("totals.total.minorUnits");
        problem(as(admin).body(Map.of("amount", "12.345", "currency", "USD")).post("/api/admin/orders/" + id + "/refund"), 400, "invalid-request");
        problem(as(admin).body(Map.of("amount", "9999.00", "currency", "USD")).post("/api/admin/orders/" + id + "/refund"), 400, "invalid-request");
        JsonPath partial = as(admin).body(Map.of("amount", "20.00", "currency", "USD", "reason", "scratched"))
                .post("/api/admin/orders/" + id + "/refund").then().statusCode(200).extract().jsonPath();
        assertThat(partial.getString("status")).isEqualTo("DELIVERED");
        assertThat(partial.getLong("refunded.minorUnits")).isEqualTo(2000);
        assertThat(partial.getString("payment.status")).isEqualTo("PARTIALLY_REFUNDED");
        String rest = new java.math.BigDecimal(total - 2000).movePointLeft(2).toPlainString();
        JsonPath full = as(admin).body(Map.of("amount", rest, "currency", "USD")).post("/api/admin/orders/" + id + "/refund")
                .then().statusCode(200).extract().jsonPath();
        assertThat(full.getString("status")).isEqualTo("REFUNDED");
        assertThat(full.getList("history.status", String.class)).containsExactly("PLACED", "PAID", "FULFILLED", "DELIVERED", "DELIVERED", "REFUNDED");
        problem(as(admin).body(Map.of("amount", "1.00", "currency", "USD")).post("/api/admin/orders/" + id + "/refund"), 409, "invalid-transition");
        as(admin).get("/api/admin/orders/" + full.getString("number")).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void cancellingAPaidOrderRefundsItAndPutsTheUnitsBack() {
        String sku = unique("CO-CANCEL");
        Shop.stock(catalog, rows(sku + ",25.00,3"));
        JsonPath cart = guestCart(Map.of(sku, 2));
        String id = place(order(cart, token(Shop.VISA))).then().statusCode(201).extract().path("id");
        assertThat(inventory.sellable(sku).orElseThrow().onHand()).isEqualTo(1);

        JsonPath cancelled = as(null).body(Map.of("reason", "changed my mind")).post("/api/orders/" + id + "/cancel")
                .then().statusCode(200).extract().jsonPath();
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.getString("payment.status")).isEqualTo("REFUNDED");
        assertThat(cancelled.getLong("refunded.minorUnits")).isEqualTo(cancelled.getLong("totals.total.minorUnits"));
        assertThat(inventory.sellable(sku).orElseThrow().onHand()).isEqualTo(3);
        problem(as(null).body("{}").post("/api/orders/" + id + "/cancel"), 409, "invalid-transition");
    }

    @Test
    void aPaymentThatNeedsTheShoppersActionWaitsAndIsPaidOnConfirmation() {
        String sku = unique("CO-3DS");
        Shop.stock(catalog, rows(sku + ",80.00,2"));
        JsonPath cart = guestCart(Map.of(sku, 1));
        JsonPath order = place(order(cart, token("4000000000003220"))).then().statusCode(201).extract().jsonPath();
        assertThat(order.getString("status")).isEqualTo("PLACED");
        assertThat(order.getString("payment.status")).isEqualTo("REQUIRES_ACTION");
        assertThat(order.getString("payment.nextActionUrl")).isEqualTo("/api/orders/" + order.getString("id") + "/payment/confirm");
        assertThat(inventory.sellable(sku).orElseThrow().onHand()).isEqualTo(1); // the unit is the buyer's while they confirm

        JsonPath paid = as(null).post(order.getString("payment.nextActionUrl")).then().statusCode(200).extract().jsonPath();
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(paid.getString("payment.status")).isEqualTo("CAPTURED");
        problem(as(null).post(order.getString("payment.nextActionUrl")), 409, "invalid-transition");
    }

    @Test
    void sameKeyAndBodyTenTimesAtOnceMakeOneOrderAndTheSameAnswerADifferentBodyIs422() throws Exception {
        String sku = unique("CO-IDEM");
        Shop.stock(catalog, rows(sku + ",15.00,20"));
        JsonPath cart = guestCart(Map.of(sku, 1));
        Map<String, Object> body = order(cart, token(Shop.VISA));
        String key = UUID.randomUUID().toString();
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);

        List<java.net.http.HttpResponse<String>> answers = com.concierge.web.support.Concurrently.post(10, "/api/orders", json, Map.of("Idempotency-Key", key));

        assertThat(answers).extracting(java.net.http.HttpResponse::statusCode).containsOnly(201);
        assertThat(answers.stream().map(java.net.http.HttpResponse::body).distinct()).hasSize(1);
        assertThat(answers.stream().filter(a -> a.headers().firstValue("Idempotent-Replayed").isPresent())).hasSize(9);
        assertThat(inventory.sellable(sku).orElseThrow().onHand()).isEqualTo(19);
        String id = JsonPath.from(answers.getFirst().body()).getString("id");
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select count(*) from checkout_order where cart_id = :cart")
                .setParameter("cart", UUID.fromString(cart.getString("id"))).getSingleResult())).isEqualTo(1L);

        // a later retry gets the same answer; the same key with another body is refused
        place(null, body, key).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        Map<String, Object> other = new java.util.HashMap<>(body);
        other.put("email", "someone-else@example.com");
        problem(place(null, other, key), 422, "idempotency-key-reused");
    }

    /**
     * The store died after claiming a key and charging the card, before the order committed (the row
     * and the provider's charge are what such a crash leaves). The shopper's retry with the same key
     * takes the abandoned claim over, places the order under the id that was charged, and the
     * provider answers with the first charge: one order, one charge, no key stuck in progress.
     */
    @Test
    void aRetryAfterACrashPlacesTheOrderOnceAndIsNotChargedTwice() throws Exception {
        String sku = unique("CO-CRASH");
        Shop.stock(catalog, rows(sku + ",42.00,5"));
        JsonPath cart = guestCart(Map.of(sku, 1));
        Map<String, Object> body = order(cart, token(Shop.VISA));
        String key = UUID.randomUUID().toString();
        UUID charged = UUID.randomUUID();
        long total = cart.getLong("totals.total.minorUnits");
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(
                (body.get("cart") + "\n" + body.get("cartVersion") + "\n" + body.get("email") + "\n" + body.get("paymentToken"))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        java.time.Instant crashedAt = java.time.Instant.now().minus(java.time.Duration.ofMinutes(10));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into checkout_idempotency (idem_key, caller, request_hash, state, order_id, created_at)"
                            + " values (:key, :caller, :hash, 'IN_PROGRESS', :order, :at)")
                    .setParameter("key", key).setParameter("caller", "cart:" + body.get("cart")).setParameter("hash", hash)
                    .setParameter("order", charged).setParameter("at", crashedAt).executeUpdate();
            em.createNativeQuery("insert into checkout_test_charge (order_id, reference, status, amount_minor, currency, refunded_minor, attempts, charged_at)"
                            + " values (:order, :reference, 'CAPTURED', :amount, 'USD', 0, 1, :at)")
                    .setParameter("order", charged).setParameter("reference", "test_ch_" + charged + "_" + total + "_visa_4242")
                    .setParameter("amount", total).setParameter("at", crashedAt).executeUpdate();
        });
        JsonPath order = place(null, body, key).then().statusCode(201).extract().jsonPath();

        assertThat(order.getString("id")).isEqualTo(charged.toString());
        assertThat(order.getString("payment.reference")).isEqualTo("test_ch_" + charged + "_" + total + "_visa_4242");
        place(null, body, key).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(charged.toString()));
        Object[] ledger = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select count(*), sum(attempts) from checkout_test_charge where order_id = :order").setParameter("order", charged).getSingleResult());
        assertThat(((Number) ledger[0]).longValue()).as("charges for the order").isEqualTo(1);
        assertThat(((Number) ledger[1]).longValue()).as("the retry reached the provider, which answered with the first charge").isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select state from checkout_idempotency where idem_key = :key")
                .setParameter("key", key).getSingleResult())).isEqualTo("DONE");
        String number = order.getString("number");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> mailbox.getMailsSentTo("buyer@example.com").stream()
                .filter(m -> m.getSubject().contains(number)).count() == 1);
    }

    /**
     * A key whose row another transaction holds and neither commits nor rolls back (a request of this
     * key still running, or a connection stuck mid-transaction): the claim's insert waits out the
     * database's lock timeout. The retry is told the request is in progress (409, never a 500), and
     * once that transaction ends the same key and body place the order.
     */
    @Test
    void aKeyHeldByAnUnfinishedTransactionIsInProgressAndWorksOnceItEnds() throws Exception {
        String sku = unique("CO-HELD");
        Shop.stock(catalog, rows(sku + ",13.00,5"));
        JsonPath cart = guestCart(Map.of(sku, 1));
        Map<String, Object> body = order(cart, token(Shop.VISA));
        String key = UUID.randomUUID().toString();
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> holder = java.util.concurrent.CompletableFuture.runAsync(() ->
                QuarkusTransaction.requiringNew().run(() -> {
                    em.createNativeQuery("insert into checkout_idempotency (idem_key, caller, request_hash, state, order_id, created_at)"
                                    + " values (:key, :caller, 'held', 'IN_PROGRESS', :order, :at)")
                            .setParameter("key", key).setParameter("caller", "cart:" + body.get("cart")).setParameter("order", UUID.randomUUID())
                            .setParameter("at", java.time.Instant.now()).executeUpdate();
                    held.countDown();
                    try {
                        release.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    QuarkusTransaction.setRollbackOnly(); // it ends without keeping the row
                })).exceptionally(rolledBack -> null); // the runner reports the rollback it was asked for
        try {
            assertThat(held.await(20, java.util.concurrent.TimeUnit.SECONDS)).as("the other transaction holds the key").isTrue();
            Response busy = place(null, body, key);
            problem(busy, 409, "request-in-progress");
            assertThat(busy.jsonPath().getString("detail")).contains(key).contains("retry");
        } finally {
            release.countDown();
            holder.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        place(null, body, key).then().statusCode(201);
        assertThat(inventory.sellable(sku).orElseThrow().onHand()).isEqualTo(4);
    }

    @Test
    void aKeyStillInProgressIsNotTakenOverBeforeItIsAbandoned() {
        String sku = unique("CO-BUSY");
        Shop.stock(catalog, rows(sku + ",12.00,5"));
        JsonPath cart = guestCart(Map.of(sku, 1));
        Map<String, Object> body = order(cart, token(Shop.VISA));
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into checkout_idempotency (idem_key, caller, request_hash, state, order_id, created_at)"
                        + " values (:key, :caller, 'another-body', 'IN_PROGRESS', :order, :at)")
                .setParameter("key", key).setParameter("caller", "cart:" + body.get("cart")).setParameter("order", UUID.randomUUID())
                .setParameter("at", java.time.Instant.now().minus(java.time.Duration.ofMinutes(10))).executeUpdate());

        // abandoned, but for another body: the key is not this request's to take
        problem(place(null, body, key), 422, "idempotency-key-reused");
    }

    @Test
    void eightConcurrentAddsToOneCartAllLand() throws Exception {
        String sku = unique("CO-RUSH");
        Shop.stock(catalog, rows(sku + ",5.00,50"));
        String cart = openCart(null);

        List<java.net.http.HttpResponse<String>> answers = com.concierge.web.support.Concurrently.post(8, "/api/carts/" + cart + "/items",
                "{\"sku\":\"" + sku + "\",\"quantity\":1}", Map.of());

        assertThat(answers).extracting(java.net.http.HttpResponse::statusCode).containsOnly(200);
        given().get("/api/carts/" + cart).then().statusCode(200).body("lines[0].quantity", equalTo(8));
    }

    @Test
    void theApiIsDocumented() {
        String openApi = given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(openApi).contains("/api/carts/{id}/items", "/api/orders", "/api/carts/{id}/checkout", "/api/admin/orders/{id}/refund",
                "/api/admin/discounts/{code}", "/api/test-payments/tokens");
    }
}
