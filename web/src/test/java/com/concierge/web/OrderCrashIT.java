package com.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Keycloak;
import com.concierge.web.support.PackagedStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fault test of docs/checkout.md ("Crashes and retries"): the packaged store is killed with
 * SIGKILL in the middle of a burst of orders, started again on the same database, and every request
 * sent is sent again with its Idempotency-Key, as a shopper's client retries. Then: every order the
 * store had acknowledged exists and its retry answers with it; no key is left in progress; every
 * charge the payment provider took belongs to an order (none twice); one confirmation e-mail per
 * order, but for the one in flight at the kill, which may go twice with the same Message-ID. Runs on the embedded H2 in the H2 run and on PostgreSQL in CI's PostgreSQL run (.ci/run),
 * against the suite's OpenSearch and Keycloak.
 */
class OrderCrashIT {

    private static final Path DATA = Path.of("target/crash-data").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int CARTS = 80;
    private static final int CLIENTS = 8;
    private static final int KILL_AFTER_ACKNOWLEDGED = 15;

    @org.junit.jupiter.api.AfterAll
    static void stopStores() {
        PackagedStore.stopAll();
    }

    /** One order request: its key and body, and what the store answered before it was killed (0: no answer). */
    private record Sent(String key, String body, int status, String order) {
    }

    @Test
    void aStoreKilledDuringABurstOfOrdersLosesNoAcknowledgedOrderAndChargesNothingTwice() throws Exception {
        PackagedStore.deleteRecursively(DATA);
        Files.createDirectories(DATA);
        Instant began = Instant.now().minusSeconds(1);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "crash-" + run + "@example.com";
        // abandoned keys after 2 s, so that the replay after the restart need not wait 2 minutes
        List<String> settings = PackagedStore.settings(DATA, "-Dcc.checkout.idempotency-abandoned-after=2S");

        int port = PackagedStore.freePort();
        PackagedStore first = PackagedStore.start(settings, port, DATA.resolve("store-1.log"));
        Process store = first.process();
        String base = first.base();
        stock(base, run);
        String token = field(send(base, "POST", "/api/test-payments/tokens",
                "{\"number\":\"4242424242424242\",\"expMonth\":12,\"expYear\":2040,\"cvc\":\"123\"}", null).body(), "token");
        ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < CARTS; i++) {
            bodies.add(orderBody(base, (i % 2 == 0 ? "CRASH-K-" : "CRASH-T-") + run, token, email));
        }

        // the burst: CLIENTS clients place orders; the store is killed once it acknowledged KILL_AFTER_ACKNOWLEDGED
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger acknowledged = new AtomicInteger();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    String body;
                    while (store.isAlive() && (body = bodies.poll()) != null) {
                        String key = UUID.randomUUID().toString();
                        try {
                            HttpResponse<String> answer = send(base, "POST", "/api/orders", body, key);
                            if (answer.statusCode() != 201) {
                                System.out.printf("OrderCrashIT: %d %s%n", answer.statusCode(), answer.body());
                            }
                            String order = answer.statusCode() == 201 ? field(answer.body(), "id") : null;
                            sent.add(new Sent(key, body, answer.statusCode(), order));
                            if (answer.statusCode() == 201 && acknowledged.incrementAndGet() == KILL_AFTER_ACKNOWLEDGED) {
                                store.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
                            }
                        } catch (IllegalStateException noAnswer) {
                            sent.add(new Sent(key, body, 0, null));
                        }
                    }
                    return null;
                });
            }
        }
        store.waitFor(30, TimeUnit.SECONDS);
        assertThat(store.isAlive()).as("killed after %d acknowledged orders: %s", acknowledged.get(),
                sent.stream().collect(Collectors.groupingBy(Sent::status, Collectors.counting()))).isFalse();
        List<Sent> before = List.copyOf(sent);
        long unanswered = before.stream().filter(s -> s.status() == 0).count();
        assertThat(before).as("answers before the kill").filteredOn(s -> s.status() != 0).allMatch(s -> s.status() == 201);

        // after the restart, every request is sent again with its key once its claim counts as abandoned
        PackagedStore again = PackagedStore.start(settings, port, DATA.resolve("store-2.log"));
        try {
            Thread.sleep(3_000);
            Map<String, String> orderOfKey = new HashMap<>();
            for (Sent request : before) {
                HttpResponse<String> answer = send(base, "POST", "/api/orders", request.body(), request.key());
                // a client told the request is still in progress retries shortly, as the answer says
                for (int wait = 0; answer.statusCode() == 409 && answer.body().contains("request-in-progress") && wait < 12; wait++) {
                    System.out.printf("OrderCrashIT: the retry of %s is in progress: %s%n", request.key(), answer.body());
                    Thread.sleep(5_000);
                    answer = send(base, "POST", "/api/orders", request.body(), request.key());
                }
                if (answer.statusCode() != 201) {
                    // what the store said about it: the answer alone does not name the row or the other side of a race
                    System.out.printf("OrderCrashIT: the retry of %s failed; the restarted store's warnings:%n%s%n", request.key(),
                            warnings(DATA.resolve("store-2.log")));
                }
                assertThat(answer.statusCode()).as("the retry of %s: %s", request.key(), answer.body()).isEqualTo(201);
                String order = field(answer.body(), "id");
                orderOfKey.put(request.key(), order);
                if (request.order() != null) {
                    assertThat(order).as("the retry of an acknowledged order answers with that order").isEqualTo(request.order());
                    assertThat(answer.headers().firstValue("Idempotent-Replayed"))
                            .as("acknowledged order %s was kept, so its retry is a replay (not placed again)", order).contains("true");
                }
            }
            for (Sent request : before) {
                if (request.order() != null) {
                    HttpResponse<String> page = send(base, "GET", "/api/orders/" + request.order(), null, null);
                    assertThat(page.statusCode()).as("acknowledged order %s after the restart", request.order()).isEqualTo(200);
                    assertThat(field(page.body(), "status")).isEqualTo("PAID");
                }
            }

            Set<String> orders = new HashSet<>(orderOfKey.values());
            assertThat(orders).as("one order per request").hasSize(before.size());
            Map<String, String> numbers = new HashMap<>();
            for (String order : orders) {
                numbers.put(order, field(send(base, "GET", "/api/orders/" + order, null, null).body(), "number"));
            }
            // a confirmation for every order, across both lives of the store (the outbox delivers what the first left)
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Map<String, List<String>> mails = confirmations();
            while (!mails.keySet().containsAll(numbers.values()) && System.nanoTime() < deadline) {
                Thread.sleep(500);
                mails = confirmations();
            }
            Map<String, List<String>> sentAs = mails;
            Map<String, List<String>> ours = new HashMap<>();
            numbers.forEach((order, number) -> ours.put(order, sentAs.getOrDefault(number, List.of())));
            assertThat(ours.values()).as("orders without a confirmation e-mail").noneMatch(List::isEmpty);
            // Once per order, but for the one mail the relay had in flight when the store died: the mail
            // server accepted it, the inbox row had not committed, so the restarted store sends it again,
            // with the same Message-ID, which mailboxes show as one message (ADR 29).
            ours.forEach((order, ids) -> assertThat(ids).as("Message-IDs of order %s's confirmations", order)
                    .allMatch(id -> id.startsWith("<order-" + order + "@")));
            List<String> twice = ours.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
            assertThat(twice).as("orders confirmed more than once (at most the one in flight at the kill)").hasSizeLessThanOrEqualTo(1);
            twice.forEach(order -> assertThat(ours.get(order)).as("copies of order %s's confirmation", order).hasSize(2));

            System.out.printf("OrderCrashIT (%s): killed after %d acknowledged of %d sent (%d unanswered); after restart %d orders,"
                    + " every acknowledged one found, one e-mail each (%d sent twice, same Message-ID)%n", PackagedStore.database(), acknowledged.get(),
                    before.size(), unanswered, orders.size(), twice.size());
        } finally {
            again.stop(); // a clean stop, so H2's file can be opened below
        }

        try (Connection db = connect()) {
            List<String> keys = before.stream().map(Sent::key).toList();
            assertThat(count(db, "select count(*) from checkout_idempotency where state <> 'DONE' and idem_key in (" + marks(keys) + ")", keys))
                    .as("keys left in progress").isZero();
            assertThat(count(db, "select count(*) from checkout_order where email = ?", List.of(email))).isEqualTo(before.size());
            List<Object> since = List.of(Timestamp.from(began));
            assertThat(count(db, "select count(*) from checkout_test_charge c where c.charged_at >= ? and c.refunded_minor < c.amount_minor"
                    + " and not exists (select 1 from checkout_order o where o.id = c.order_id)", since))
                    .as("charges that no order matches").isZero();
            assertThat(count(db, "select count(*) from checkout_test_charge c where c.charged_at >= ?"
                    + " and exists (select 1 from checkout_order o where o.id = c.order_id and o.email = '" + email + "')", since))
                    .as("one charge per order").isEqualTo(before.size());
        }
    }

    /**
     * Two products with plenty of stock, in a category of their own that ships to the US, set up by a
     * merchandiser through the admin API.
     */
    static void stock(String base, String run) throws Exception {
        String merchandiser = "Bearer " + Keycloak.accessToken("merchandiser");
        assertThat(admin(base, merchandiser, "PUT", "/api/admin/categories/crash-goods", "application/json",
                "{\"name\": \"Crash goods\", \"attributes\": []}").statusCode()).isEqualTo(200);
        assertThat(admin(base, merchandiser, "PUT", "/api/admin/policies/shipping/crash-goods-us", "application/json",
                "{\"scope\": {\"categories\": [\"crash-goods\"], \"regions\": [\"US\"]}, \"ships\": true, \"minDays\": 2, \"maxDays\": 4}")
                .statusCode()).isEqualTo(200);
        String csv = "product,sku,category,title,brand,price,currency,stock\n"
                + "crash-kettle-" + run + ",CRASH-K-" + run + ",crash-goods,Crash Kettle,Fault,39.00,USD,100000\n"
                + "crash-toaster-" + run + ",CRASH-T-" + run + ",crash-goods,Crash Toaster,Fault,54.50,USD,100000\n";
        HttpResponse<String> started = admin(base, merchandiser, "POST", "/api/admin/imports", "text/csv", csv);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String job = started.headers().firstValue("Location").map(l -> URI.create(base).resolve(l).getPath()).orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String state = "";
        while (!state.equals("DONE") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = field(admin(base, merchandiser, "GET", job, null, null).body(), "state");
        }
        assertThat(state).as("the import").isEqualTo("DONE");
    }

    static HttpResponse<String> admin(String base, String authorization, String method, String path, String type, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("%s %s: %s", method, path, answer.body()).isLessThan(300);
        return answer;
    }

    static Connection connect() throws Exception {
        String url = System.getProperty("quarkus.datasource.jdbc.url");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return DriverManager.getConnection(url, System.getProperty("quarkus.datasource.username", "postgres"), "");
        }
        return DriverManager.getConnection("jdbc:h2:file:" + DATA + "/h2/concierge;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "", "");
    }

    /** The last warnings and errors a store logged, with the stack lines under them, for a failure's message. */
    private static String warnings(Path log) throws IOException {
        List<String> kept = new ArrayList<>();
        boolean under = false;
        for (String line : Files.readAllLines(log)) {
            boolean entry = line.matches("\\d{4}-\\d\\d-\\d\\d .*");
            under = entry ? line.contains(" WARN ") || line.contains(" ERROR ") : under;
            if (under && !line.contains("HSEARCH") && !line.contains("flywaydb")) {
                kept.add(line);
            }
        }
        return String.join("\n", kept.subList(Math.max(0, kept.size() - 80), kept.size()));
    }

    /** The Message-IDs of the confirmation e-mails sent, per order number, from both store logs. */
    private static Map<String, List<String>> confirmations() throws IOException {
        Pattern sentLine = Pattern.compile("Confirmation of order (CC-[A-Z0-9-]+) sent as (<[^>\\s]+>)");
        Map<String, List<String>> sent = new HashMap<>();
        for (String log : List.of("store-1.log", "store-2.log")) {
            Path file = DATA.resolve(log);
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    Matcher m = sentLine.matcher(line);
                    if (m.find()) {
                        sent.computeIfAbsent(m.group(1), n -> new ArrayList<>()).add(m.group(2));
                    }
                }
            }
        }
        return sent;
    }

    /** A guest cart with one unit of {@code sku} shipping to the US, as an order request body. */
    static String orderBody(String base, String sku, String token, String email) {
        String cart = field(send(base, "POST", "/api/carts", "{}", null).body(), "id");
        assertThat(send(base, "POST", "/api/carts/" + cart + "/items", "{\"sku\":\"" + sku + "\",\"quantity\":1}", null).statusCode()).isEqualTo(200);
        String view = send(base, "PUT", "/api/carts/" + cart + "/shipping", "{\"region\":\"US\"}", null).body();
        return "{\"cart\":\"" + cart + "\",\"cartVersion\":" + field(view, "version") + ",\"email\":\"" + email + "\",\"paymentToken\":\"" + token + "\"}";
    }

    static HttpResponse<String> send(String base, String method, String path, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String field(String json, String name) {
        try {
            JsonNode value = JSON.readTree(json).get(name);
            if (value == null) {
                throw new AssertionError("no " + name + " in " + json);
            }
            return value.asText();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static long count(Connection db, String sql, List<?> parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String marks(List<?> values) {
        return String.join(",", Collections.nCopies(values.size(), "?"));
    }


}
