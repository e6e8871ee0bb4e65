import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Measurement intake benchmark (docs/performance.md): generates EVENTS integration events of one
 * UTC day (conversations with turns, clicks, compares, handoffs, adds to cart, orders, cancels, in
 * the proportions below), posts them as JSON Lines to POST /api/ops/events in requests of CHUNK
 * events from CLIENTS clients, then recomputes that day's KPIs and intent analytics
 * (POST /api/admin/kpis/recompute) and times both. Tokens come from the store's Keycloak (authorization
 * code flow with PKCE, as a browser would sign in).
 * Usage: java EventLoad.java STORE_URL REALM_URL EVENTS CHUNK CLIENTS DAY
 */
public class EventLoad {

    static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern PRODUCT_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final String[] WORDS = {"quiet", "under $150", "easy to clean", "lightweight", "for a small kitchen", "giftable", "cordless",
            "stainless", "for smoothies", "compact"};
    static final String[] UNCOVERED = {"smoothie bowls", "dorm", "rv", "nut milk", "baby food", "camping"};
    static final String[] CATEGORIES = {"blenders", "kettles", "headphones", "vacuums", "coffee-makers"};

    public static void main(String[] args) throws Exception {
        String store = args[0];
        String realm = args[1];
        int events = Integer.parseInt(args[2]);
        int chunk = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        LocalDate day = LocalDate.parse(args[5]);
        // HTTP/1.1, one connection per client, as bulk uploaders (curl, ETL tools) send; the JDK client would otherwise multiplex
        // every client over one h2c connection
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String ops = token(realm, "ops", "ops-demo-2026");
        List<String> products = products(http, store);
        System.out.printf("generating %,d events of %s over %d products ...%n", events, day, products.size());
        List<byte[]> bodies = generate(events, chunk, day, products);

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong recorded = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (byte[] body : bodies) {
            sent.add(pool.submit(() -> {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(store + "/api/ops/events"))
                        .header("Authorization", "Bearer " + ops).header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("ingest answered " + answer.statusCode() + ": " + answer.body());
                }
                recorded.addAndGet(number(answer.body(), "recorded"));
                rejected.addAndGet(number(answer.body(), "rejected"));
                return null;
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("ingest: %,d events recorded (%d rejected) in %.1f s = %,.0f events/s%n", recorded.get(), rejected.get(), seconds,
                recorded.get() / seconds);

        String merchandiser = token(realm, "merchandiser", "merchandiser-demo-2026");
        long recomputeStart = System.nanoTime();
        HttpResponse<String> kpis = http.send(HttpRequest.newBuilder(URI.create(store + "/api/admin/kpis/recompute?day=" + day))
                .header("Authorization", "Bearer " + merchandiser).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        double recompute = (System.nanoTime() - recomputeStart) / 1e9;
        if (kpis.statusCode() != 200) {
            throw new IllegalStateException("recompute answered " + kpis.statusCode() + ": " + kpis.body());
        }
        Matcher conversations = Pattern.compile("\"category\":\"\\*\",\"name\":\"conversations\",\"split\":\"\\*\",\"value\":([0-9.]+)")
                .matcher(kpis.body());
        System.out.printf("recompute: %s in %.2f s (%s conversations that day)%n", day, recompute, conversations.find() ? conversations.group(1) : "?");
        System.out.printf("result events=%d ingest_events_per_s=%.0f recompute_s=%.2f%n", recorded.get(), recorded.get() / seconds, recompute);
    }

    /** Conversations until there are {@code total} events, cut into request bodies of {@code chunk} lines. */
    static List<byte[]> generate(int total, int chunk, LocalDate day, List<String> products) {
        Random random = new Random(42);
        Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<byte[]> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int inBody = 0;
        int made = 0;
        while (made < total) {
            List<String> conversation = conversation(random, midnight, products);
            for (String line : conversation) {
                if (made == total) {
                    break;
                }
                body.append(line).append('\n');
                made++;
                if (++inBody == chunk) {
                    bodies.add(body.toString().getBytes(StandardCharsets.UTF_8));
                    body.setLength(0);
                    inBody = 0;
                }
            }
        }
        if (inBody > 0) {
            bodies.add(body.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }

    /** One conversation's events: 1–4 turns, then what the shopper did (the proportions of a busy store). */
    static List<String> conversation(Random random, Instant midnight, List<String> products) {
        List<String> lines = new ArrayList<>();
        UUID id = UUID.randomUUID();
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        Instant at = midnight.plusSeconds(random.nextInt(86_000 - 2_000));
        int turns = 1 + random.nextInt(4);
        List<String> words = new ArrayList<>();
        List<String> shown = List.of();
        for (int turn = 1; turn <= turns; turn++) {
            at = at.plusSeconds(20 + random.nextInt(60));
            String intent = turn == 1 ? "SHOP" : random.nextInt(3) == 0 ? "QUESTION" : "REFINE";
            if (!intent.equals("QUESTION") && words.size() < 3) {
                words.add(WORDS[random.nextInt(WORDS.length)]);
            }
            boolean none = !intent.equals("QUESTION") && random.nextInt(12) == 0;
            shown = intent.equals("QUESTION") ? List.of() : none ? List.of() : pick(random, products, 3);
            List<String> uncovered = random.nextInt(8) == 0 ? List.of(UNCOVERED[random.nextInt(UNCOVERED.length)]) : List.of();
            lines.add(event("AssistantTurnTaken", "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"" + at + "\",\"conversationId\":\""
                    + id + "\",\"turn\":" + turn + ",\"intent\":\"" + intent + "\",\"constraints\":[\"category\",\"price\",\"attr.noise\"],\"shown\":"
                    + json(shown) + ",\"receipts\":" + json(shown.stream().map(s -> UUID.randomUUID().toString()).toList()) + ",\"relaxations\":"
                    + (none ? 1 : 0) + ",\"answered\":" + (intent.equals("QUESTION") ? String.valueOf(random.nextInt(5) > 0) : "null")
                    + ",\"refusedTopic\":null,\"text\":\"a " + String.join(" ", words) + " " + category + " please\",\"category\":\"" + category
                    + "\",\"sponsored\":" + shown.stream().map(s -> "false").collect(Collectors.joining(",", "[", "]")) + ",\"constraintWords\":"
                    + json(words) + ",\"uncoveredWords\":" + json(uncovered) + "}"));
        }
        if (shown.isEmpty()) {
            shown = pick(random, products, 2);
        }
        if (random.nextInt(10) < 3) {
            at = at.plusSeconds(10);
            lines.add(interaction(id, at, "CARD_CLICKED", List.of(shown.get(0))));
        }
        if (random.nextInt(10) == 0 && shown.size() > 1) {
            at = at.plusSeconds(10);
            lines.add(interaction(id, at, "COMPARE_USED", shown.subList(0, 2)));
        }
        if (random.nextInt(20) == 0) {
            at = at.plusSeconds(10);
            lines.add(interaction(id, at, "HANDOFF_REQUESTED", List.of()));
        }
        if (random.nextInt(4) == 0) {
            UUID cart = UUID.randomUUID();
            at = at.plusSeconds(30);
            String product = shown.get(0);
            lines.add(event("CartLineAdded", "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"" + at + "\",\"cartId\":\"" + cart
                    + "\",\"owner\":null,\"conversationId\":\"" + id + "\",\"productId\":\"" + product + "\",\"sku\":\"SKU-" + product.substring(0, 8)
                    + "\",\"category\":\"" + category + "\",\"quantity\":1,\"unitPriceMinor\":" + (2_000 + random.nextInt(20_000)) + "}"));
            if (random.nextInt(5) < 2) {
                UUID order = UUID.randomUUID();
                at = at.plusSeconds(60);
                int lineCount = 1 + random.nextInt(2);
                List<String> orderLines = new ArrayList<>();
                long total = 0;
                for (String p : lineCount == 1 ? List.of(product) : pick(random, products, 2)) {
                    long price = 2_000 + random.nextInt(20_000);
                    total += price;
                    orderLines.add("{\"productId\":\"" + p + "\",\"sku\":\"SKU-" + p.substring(0, 8) + "\",\"category\":\"" + category
                            + "\",\"quantity\":1,\"unitPriceMinor\":" + price + ",\"conversationId\":\"" + id + "\",\"receiptId\":\"" + UUID.randomUUID() + "\"}");
                }
                lines.add(event("OrderPlaced", "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"" + at + "\",\"orderId\":\"" + order
                        + "\",\"orderNumber\":\"CC-B-" + order.toString().substring(0, 8) + "\",\"owner\":null,\"currency\":\"USD\",\"subtotalMinor\":"
                        + total + ",\"discountMinor\":0,\"shippingMinor\":0,\"taxMinor\":0,\"totalMinor\":" + total + ",\"region\":\"US\","
                        + "\"discountCode\":null,\"assisted\":true,\"conversations\":[\"" + id + "\"],\"lines\":" + String.join(",", orderLines)
                        .transform(s -> "[" + s + "]") + ",\"cartCreatedAt\":\"" + at.minusSeconds(120) + "\"}"));
                if (random.nextInt(30) == 0) {
                    lines.add(event("OrderCancelled", "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"" + at.plusSeconds(300)
                            + "\",\"orderId\":\"" + order + "\",\"orderNumber\":\"CC-B\",\"reason\":\"changed my mind\",\"refundedMinor\":" + total
                            + ",\"currency\":\"USD\",\"assisted\":true}"));
                }
            }
        }
        return lines;
    }

    static String interaction(UUID conversation, Instant at, String kind, List<String> products) {
        return event("ShopperInteracted", "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"" + at + "\",\"conversationId\":\""
                + conversation + "\",\"kind\":\"" + kind + "\",\"products\":" + json(products) + "}");
    }

    static String event(String type, String payload) {
        return "{\"eventType\":\"" + type + "\",\"payload\":" + payload + "}";
    }

    static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\"", "\\\"") + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    static List<String> pick(Random random, List<String> from, int n) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(n, from.size())) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return List.copyOf(picked);
    }

    /** Product ids of the store's catalog (the attachment check reads their compatibility); made up when it has none. */
    static List<String> products(HttpClient http, String store) throws Exception {
        Set<String> ids = new LinkedHashSet<>();
        for (int page = 0; page < 5; page++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(store + "/api/products?size=50&page=" + page)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = PRODUCT_ID.matcher(answer.body());
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        if (ids.isEmpty()) {
            for (int i = 0; i < 200; i++) {
                ids.add(UUID.randomUUID().toString());
            }
        }
        return List.copyOf(ids);
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** An access token for a demo user: authorization code flow with PKCE on the storefront's public client. */
    static String token(String realm, String user, String password) throws Exception {
        // Keycloak's login cookies are set for localhost, which java.net.CookieManager does not keep: carried by hand
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Map<String, String> cookies = new java.util.LinkedHashMap<>();
        String redirect = "http://localhost:8081/";
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", "concierge-storefront", "response_type", "code", "scope", "openid", "redirect_uri", redirect,
                "state", "bench", "code_challenge", challenge, "code_challenge_method", "S256")))).GET().build(), HttpResponse.BodyHandlers.ofString());
        login.headers().allValues("Set-Cookie").forEach(c -> {
            String pair = c.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair);
        });
        Matcher action = LOGIN_FORM.matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException("no Keycloak login form: " + login.statusCode());
        }
        HttpResponse<String> callback = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", String.join("; ", cookies.values()))
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password, "credentialId", "")))).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = callback.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("login of " + user + " failed"));
        String code = Pattern.compile("[?&]code=([^&]+)").matcher(location).results().findFirst().orElseThrow().group(1);
        HttpResponse<String> token = browser.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "client_id", "concierge-storefront",
                        "code", java.net.URLDecoder.decode(code, StandardCharsets.UTF_8), "redirect_uri", redirect, "code_verifier", verifier))))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher access = TOKEN.matcher(token.body());
        if (!access.find()) {
            throw new IllegalStateException("no token for " + user + ": " + token.body());
        }
        return access.group(1);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
