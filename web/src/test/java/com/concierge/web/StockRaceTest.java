package com.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.catalog.api.inventory.Sellable;
import com.concierge.checkout.api.Cart;
import com.concierge.checkout.api.Checkout;
import com.concierge.web.support.Concurrently;
import com.concierge.web.support.Shop;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 500 buyers race for 50 units of one variant over HTTP, five times (a round takes about 13 s; twenty
 * rounds, 8.5 of CI's minutes on both databases, pushed CI to its 50-minute budget): exactly 50 orders, the rest
 * a clear out-of-stock answer, no 5xx, stock never below zero and {@code initial = sold + remaining}.
 * Runs on H2 and, in CI's second run, on PostgreSQL.
 */
@QuarkusTest
class StockRaceTest {

    private static final int ROUNDS = 5;
    private static final int BUYERS = 500;
    private static final int UNITS = 50;

    @Inject
    Catalog catalog;

    @Inject
    Checkout checkout;

    @Inject
    Inventory inventory;

    @Inject
    EntityManager em;

    @Test
    void fiveHundredBuyersFiftyUnitsFiveTimes() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> skus = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (int round = 0; round < ROUNDS; round++) {
            String sku = "RACE-" + run + "-" + round;
            skus.add(sku);
            rows.append(Shop.rows(sku + ",9.99," + UNITS));
        }
        Shop.stock(catalog, rows.toString());
        String token = Shop.token(Shop.VISA);
        ObjectMapper json = new ObjectMapper();

        for (String sku : skus) {
            List<String> bodies = new ArrayList<>();
            for (Cart cart : carts(sku)) {
                bodies.add(json.writeValueAsString(Map.of("cart", cart.id(), "cartVersion", cart.version(), "email", "racer@example.com",
                        "paymentToken", token)));
            }
            List<Map<String, String>> keys = bodies.stream().map(b -> Map.of("Idempotency-Key", UUID.randomUUID().toString())).toList();

            List<HttpResponse<String>> answers = Concurrently.post("/api/orders", bodies, keys);

            Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
            assertThat(statuses).as(sku + " " + statuses).containsOnlyKeys(201, 409);
            assertThat(statuses.get(201)).as(sku).isEqualTo(UNITS);
            assertThat(answers.stream().filter(a -> a.statusCode() == 409))
                    .allSatisfy(a -> {
                        assertThat(a.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                        assertThat(JsonPath.from(a.body()).getString("type")).endsWith("/out-of-stock");
                        assertThat(JsonPath.from(a.body()).getString("detail")).contains(sku);
                    });
            Sellable after = inventory.sellable(sku).orElseThrow();
            long sold = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select coalesce(sum(quantity), 0) from checkout_order_line where sku = :sku").setParameter("sku", sku).getSingleResult()).longValue());
            assertThat(after.onHand()).as(sku).isZero();
            assertThat(after.reserved()).isZero();
            assertThat(sold).isEqualTo(UNITS);
            assertThat(sold + after.onHand()).isEqualTo(UNITS);
        }
    }

    /** 500 guest carts holding one unit of {@code sku} each, shipping to the US, made in parallel. */
    private List<Cart> carts(String sku) throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Cart>> made = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                made.add(threads.submit(() -> {
                    Cart cart = checkout.openCart(null, null);
                    checkout.addItem(cart.id(), null, sku, 1, null);
                    return checkout.shipTo(cart.id(), null, "US", null);
                }));
            }
            List<Cart> carts = new ArrayList<>();
            for (Future<Cart> cart : made) {
                carts.add(cart.get());
            }
            return carts;
        }
    }
}
