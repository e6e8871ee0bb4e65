/*
 * Order placement load for ops/bench/checkout.sh (run as a single-file program: java OrderLoad.java ...).
 *
 *   java ops/bench/OrderLoad.java BASE_URL SKUS_FILE RACE_FILE SECONDS CONCURRENCY RACE_ROUNDS
 *
 * SKUS_FILE: one "handle,sku" per line with plenty of stock; RACE_FILE: one "handle,sku" per line with
 * exactly 50 units. Phase 1 prepares guest carts (one unit of a random SKU, shipping to the US) and
 * then places orders from CONCURRENCY clients for SECONDS, each with its own Idempotency-Key:
 * prints orders/s and latency percentiles. Phase 2 races 500 buyers for the 50 units of each race
 * SKU (RACE_ROUNDS of them) and checks: exactly 50 orders, everyone else 409 out-of-stock, no 5xx,
 * and the product page shows 0 left (initial = sold + remaining). Exit status 1 when a check fails.
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class OrderLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        List<String[]> skus = read(args[1]);
        List<String[]> race = read(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int concurrency = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        String token = field(send("POST", "/api/test-payments/tokens",
                "{\"number\":\"4242424242424242\",\"expMonth\":12,\"expYear\":2040,\"cvc\":\"123\"}", Map.of()).body(), "token");
        boolean ok = true;
        if (seconds > 0) {
            sustained(skus, token, seconds, concurrency);
        }
        for (int round = 0; round < Math.min(rounds, race.size()); round++) {
            ok &= race(race.get(round), token, round + 1);
        }
        System.exit(ok ? 0 : 1);
    }

    static void sustained(List<String[]> skus, String token, int seconds, int concurrency) throws Exception {
        int carts = seconds * 500; // more than the store places per second here: the run ends early (and says so) if they run out
        long preparing = System.nanoTime();
        Random random = new Random(7);
        List<String> skuOfCart = new ArrayList<>();
        for (int i = 0; i < carts; i++) {
            skuOfCart.add(skus.get(random.nextInt(skus.size()))[1]);
        }
        ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>(parallel(skuOfCart, 16, sku -> orderBody(sku, token)));
        System.out.printf("prepared %d carts in %.0f s%n", bodies.size(), (System.nanoTime() - preparing) / 1e9);

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < concurrency; c++) {
                threads.submit(() -> {
                    String body;
                    while (System.nanoTime() < deadline && (body = bodies.poll()) != null) {
                        long t = System.nanoTime();
                        HttpResponse<String> answer = send("POST", "/api/orders", body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                        latencies.add(System.nanoTime() - t);
                        statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicLong()).incrementAndGet();
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long placed = statuses.getOrDefault(201, new AtomicLong()).get();
        System.out.printf("sustained: %d orders in %.1f s = %.0f orders/s, p50=%.1fms p95=%.1fms p99=%.1fms, concurrency %d, statuses %s%n",
                placed, elapsed, placed / elapsed, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), concurrency, statuses);
    }

    static boolean race(String[] product, String token, int round) throws Exception {
        List<String> buyers = Collections.nCopies(500, product[1]);
        List<String> bodies = parallel(buyers, 16, sku -> orderBody(sku, token));
        CountDownLatch go = new CountDownLatch(1);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong unclear = new AtomicLong();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String body : bodies) {
                threads.submit(() -> {
                    go.await();
                    HttpResponse<String> answer = send("POST", "/api/orders", body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                    statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicLong()).incrementAndGet();
                    if (answer.statusCode() == 409 && !answer.body().contains("/out-of-stock")) {
                        unclear.incrementAndGet();
                    }
                    return null;
                });
            }
            go.countDown();
        }
        String page = send("GET", "/api/products/" + product[0], null, Map.of()).body();
        Matcher stock = Pattern.compile("\"sku\"\\s*:\\s*\"" + Pattern.quote(product[1]) + "\".*?\"stock\"\\s*:\\s*(\\d+)").matcher(page);
        int left = stock.find() ? Integer.parseInt(stock.group(1)) : -1;
        long sold = statuses.getOrDefault(201, new AtomicLong()).get();
        boolean ok = sold == 50 && left == 0 && statuses.keySet().stream().allMatch(s -> s == 201 || s == 409) && unclear.get() == 0;
        System.out.printf("race %3d %s: %d sold, %d left, statuses %s%s%n", round, product[1], sold, left, statuses, ok ? "" : "  FAILED");
        return ok;
    }

    /** A guest cart with one unit of sku shipping to the US, as an order request body. */
    static String orderBody(String sku, String token) {
        String cart = field(send("POST", "/api/carts", "{}", Map.of()).body(), "id");
        send("POST", "/api/carts/" + cart + "/items", "{\"sku\":\"" + sku + "\",\"quantity\":1}", Map.of());
        String view = send("PUT", "/api/carts/" + cart + "/shipping", "{\"region\":\"US\"}", Map.of()).body();
        return "{\"cart\":\"" + cart + "\",\"cartVersion\":" + field(view, "version") + ",\"email\":\"bench@example.com\",\"paymentToken\":\""
                + token + "\"}";
    }

    interface Task {
        String run(String input) throws Exception;
    }

    static List<String> parallel(List<String> inputs, int threads, Task task) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<String>> futures = new ArrayList<>();
            for (String input : inputs) {
                futures.add(pool.submit(() -> task.run(input)));
            }
            List<String> out = new ArrayList<>();
            for (Future<String> f : futures) {
                out.add(f.get());
            }
            return out;
        }
    }

    static HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json.substring(0, Math.min(300, json.length())));
        }
        return m.group(1);
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (p / 100.0 * sorted.size()))) / 1e6;
    }

    static List<String[]> read(String file) throws Exception {
        return Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
    }
}
