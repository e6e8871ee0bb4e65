package com.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Keycloak;
import com.concierge.web.support.PackagedStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input never gets a 5xx, and every refusal is problem+json. Reads the store's own OpenAPI
 * document and sends every operation malformed requests of the classes a careless client or an
 * attacker sends — no body, the wrong JSON shape, each field null, of the wrong type, too long, a
 * lone surrogate, NUL, zero-width only, numbers beyond long, fractions for counts, duplicate and
 * unknown keys, the wrong content type, odd path and query values — as an anonymous caller and with
 * the role the route needs. A packaged store of its own takes the junk (the shared test boot's data
 * stays clean); the mutations come from a fixed seed, so a failure replays.
 */
class ApiFuzzIT {

    private static final Path DATA = Path.of("target/fuzz-data").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String LONG = "x".repeat(100_000);
    /**
     * Refusals made before any handler sees the request, without a body: 414 and 431 by the HTTP
     * server for a request line or headers over its limits (docs/security.md, "Refusals").
     */
    private static final java.util.Set<Integer> FROM_THE_HTTP_LAYER = java.util.Set.of(414, 431);

    /** Access tokens by user, fetched again before they expire (the realm's tokens live a few minutes). */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, Long> FETCHED = new ConcurrentHashMap<>();

    private static synchronized String token(String user) {
        if (System.nanoTime() - FETCHED.getOrDefault(user, 0L) > Duration.ofSeconds(45).toNanos()) {
            TOKENS.put(user, user.equals("bad") ? "not-a-token" : Keycloak.accessToken(user));
            FETCHED.put(user, System.nanoTime());
        }
        return TOKENS.get(user);
    }

    /** One request to send, and where it came from; {@code authorization} names the user whose token goes with it (null: anonymous). */
    record Probe(String method, String path, String contentType, String body, String authorization, String mutation) {
        String describe() {
            String shown = body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…(" + body.length() + " chars)" : body;
            return method + " " + (path.length() > 160 ? path.substring(0, 160) + "…" : path) + " [" + mutation + (authorization == null ? ", anonymous" : "")
                    + "] " + (contentType == null ? "" : contentType + " ") + shown;
        }
    }

    @AfterAll
    static void stopStores() {
        PackagedStore.stopAll();
    }

    @Test
    void everyOperationAnswersMalformedRequestsWithA4xxProblem() throws Exception {
        PackagedStore.deleteRecursively(DATA);
        Files.createDirectories(DATA);
        PackagedStore store = PackagedStore.start(PackagedStore.settings(DATA), PackagedStore.freePort(), DATA.resolve("store.log"));
        JsonNode openApi = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(store.base() + "/q/openapi?format=json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());

        List<Probe> probes = new ArrayList<>();
        Random random = new Random(20261203);
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    String role = path.getKey().startsWith("/api/admin/") ? "merchandiser" : path.getKey().startsWith("/api/ops/") ? "ops" : "shopper";
                    probes.addAll(probes(openApi, method, path.getKey(), operation.getValue(), role, random));
                }
            }
        }

        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> bareRefusals = new ConcurrentLinkedQueue<>();
        Map<String, Long> slowest = new ConcurrentHashMap<>();
        Map<Integer, AtomicLong> millisByStatus = new ConcurrentHashMap<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(16)) {
            for (Probe probe : probes) {
                clients.submit(() -> {
                    String bearer = probe.authorization() == null ? null : "Bearer " + token(probe.authorization());
                    long started = System.nanoTime();
                    HttpResponse<String> answer = send(store.base(), probe, bearer);
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    slowest.put(probe.describe(), ms);
                    millisByStatus.computeIfAbsent(answer.statusCode(), k -> new AtomicLong()).addAndGet(ms);
                    statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicLong()).incrementAndGet();
                    String type = answer.headers().firstValue("Content-Type").orElse("");
                    if (answer.statusCode() >= 500) {
                        serverErrors.add(answer.statusCode() + " ← " + probe.describe() + "\n      " + snippet(answer.body()));
                    } else if (answer.statusCode() >= 400 && !FROM_THE_HTTP_LAYER.contains(answer.statusCode())
                            && (!type.startsWith("application/problem+json") || !answer.body().contains("\"detail\""))) {
                        bareRefusals.add(answer.statusCode() + " " + type + " ← " + probe.describe() + "\n      " + snippet(answer.body()));
                    }
                    return null;
                });
            }
        }
        System.out.printf("ApiFuzzIT: %d requests, statuses %s, %d × 5xx, %d refusals without problem+json%n", probes.size(),
                new TreeMap<>(statuses), serverErrors.size(), bareRefusals.size());
        System.out.println("ApiFuzzIT: milliseconds by status " + new TreeMap<>(millisByStatus));
        slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf("ApiFuzzIT: slowest %d ms ← %s%n", e.getValue(), snippet(e.getKey())));
        assertThat(probes.size()).isGreaterThanOrEqualTo(5_000);
        assertThat(serverErrors).as("requests answered with a 5xx").isEmpty();
        assertThat(bareRefusals).as("refusals without a problem+json body").isEmpty();
        assertThat(store.process().isAlive()).isTrue();
    }

    /** The mutations of one operation. */
    private static List<Probe> probes(JsonNode openApi, String method, String template, JsonNode operation, String authorization, Random random) {
        List<Probe> probes = new ArrayList<>();
        Map<String, JsonNode> queryParameters = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                queryParameters.put(parameter.path("name").asText(), resolve(openApi, parameter.path("schema")));
            }
        }
        String path = fill(template, "x");
        JsonNode bodySchema = null;
        String contentType = null;
        Iterator<Map.Entry<String, JsonNode>> contents = operation.path("requestBody").path("content").fields();
        if (contents.hasNext()) {
            Map.Entry<String, JsonNode> content = contents.next();
            contentType = content.getKey();
            bodySchema = resolve(openApi, content.getValue().path("schema"));
        }
        String sample = bodySchema == null ? null : sample(openApi, bodySchema, 0).toString();

        // path values
        for (String value : List.of("x", UUID.randomUUID().toString(), "0", "-1", "99999999999999999999999", "%00", "%F0%9F%98%80",
                "%ED%A0%80", "..%2F..%2Fetc%2Fpasswd", "%27%20OR%201%3D1--", "a".repeat(3000), "%E2%80%8B", "%20", "null", "1.5",
                "%3Cscript%3E", "CC-AAAA-AAAA")) {
            if (template.contains("{")) {
                probes.add(new Probe(method, fill(template, value), contentType, sample, authorization, "path " + value.substring(0, Math.min(20, value.length()))));
            }
        }
        // query values
        for (Map.Entry<String, JsonNode> parameter : queryParameters.entrySet()) {
            for (String value : List.of("", "-1", "0", "99999999999999999999999", "1.5", "abc", "%00", "%ED%A0%80", "%E2%80%8B", "a".repeat(5000),
                    "2026-13-45", "true", "%5B%5D", "NaN")) {
                probes.add(new Probe(method, path + "?" + parameter.getKey() + "=" + value, contentType, sample, authorization,
                        "query " + parameter.getKey()));
            }
        }
        // whole bodies
        if (!method.equals("GET") && !method.equals("DELETE") || contentType != null) {
            for (String body : List.of("", "{}", "[]", "\"text\"", "123", "null", "true", "{", "{\"a\":", "[1,2", "{\"a\":1,\"a\":2}",
                    "\u0000", "{\"\\ud800\":1}", "[".repeat(5000) + "]".repeat(5000), "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
                    "<xml/>", "a=b&c=d")) {
                probes.add(new Probe(method, path, contentType == null ? "application/json" : contentType, body, authorization, "body " + snippet(body)));
            }
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                    "application/json; charset=latin1", "application/octet-stream")) {
                probes.add(new Probe(method, path, type, sample == null ? "{}" : sample, authorization, "content type " + type));
            }
            probes.add(new Probe(method, path, "application/x-www-form-urlencoded",
                    java.util.stream.IntStream.range(0, 2000).mapToObj(i -> "f" + i + "=v").collect(Collectors.joining("&")), authorization,
                    "form with 2,000 fields"));
            probes.add(new Probe(method, path, null, null, authorization, "no body, no content type"));
        }
        // field by field
        if (bodySchema != null && sample.startsWith("{")) {
            ObjectNode base = (ObjectNode) sample(openApi, bodySchema, 0);
            List<String> fields = new ArrayList<>();
            base.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                for (Map.Entry<String, JsonNode> value : junk(random).entrySet()) {
                    ObjectNode mutated = base.deepCopy();
                    mutated.set(field, value.getValue());
                    probes.add(new Probe(method, path, contentType, mutated.toString(), authorization, field + " = " + value.getKey()));
                }
                String duplicated = base.toString().replaceFirst("^\\{", "{\"" + field + "\":null,");
                probes.add(new Probe(method, path, contentType, duplicated, authorization, field + " twice"));
                ObjectNode without = base.deepCopy();
                without.remove(field);
                probes.add(new Probe(method, path, contentType, without.toString(), authorization, "without " + field));
            }
            ObjectNode unknown = base.deepCopy();
            unknown.put("unexpected", "value");
            probes.add(new Probe(method, path, contentType, unknown.toString(), authorization, "unknown field"));
        }
        // everything once more without credentials
        List<Probe> anonymous = probes.stream().filter(p -> p.authorization() != null).limit(12)
                .map(p -> new Probe(p.method(), p.path(), p.contentType(), p.body(), null, p.mutation())).toList();
        probes.addAll(anonymous);
        probes.add(new Probe(method, path, contentType, sample, "bad", "a malformed token"));
        return probes;
    }

    /** Values no field should take as they are. */
    private static Map<String, JsonNode> junk(Random random) {
        Map<String, JsonNode> junk = new LinkedHashMap<>();
        junk.put("null", NODES.nullNode());
        junk.put("empty", NODES.textNode(""));
        junk.put("100,000 characters", NODES.textNode(LONG));
        junk.put("lone surrogate", NODES.textNode("a\ud800b"));
        junk.put("NUL", NODES.textNode("a\u0000b"));
        junk.put("zero-width only", NODES.textNode("\u200b\ufeff"));
        junk.put("beyond long", NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")));
        junk.put("1e400", NODES.numberNode(new java.math.BigDecimal("1e400")));
        junk.put("negative", NODES.numberNode(-1 - random.nextInt(1000)));
        junk.put("fraction", NODES.numberNode(1.5));
        junk.put("boolean", NODES.booleanNode(true));
        junk.put("array", NODES.arrayNode().add("a").add(1));
        junk.put("object", NODES.objectNode().put("a", 1));
        junk.put("script", NODES.textNode("<script>alert(1)</script>"));
        junk.put("javascript url", NODES.textNode("javascript:alert(1)"));
        junk.put("big integer", NODES.numberNode(Long.MAX_VALUE));
        return junk;
    }

    /** A value that fits the schema, as a client that read the document would send. */
    private static JsonNode sample(JsonNode openApi, JsonNode schema, int depth) {
        schema = resolve(openApi, schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(openApi, p.getValue(), depth + 1)));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(openApi, schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(new java.math.BigDecimal("9.99"));
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (format) {
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date" -> NODES.textNode("2026-11-01");
                case "date-time" -> NODES.textNode("2026-11-01T10:00:00Z");
                default -> NODES.textNode("sample");
            };
        };
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        while (schema.has("$ref")) {
            String[] parts = schema.get("$ref").asText().substring(2).split("/");
            JsonNode target = openApi;
            for (String part : parts) {
                target = target.path(part);
            }
            schema = target;
        }
        if (schema.has("allOf") && schema.get("allOf").size() > 0) {
            return resolve(openApi, schema.get("allOf").get(0));
        }
        return schema;
    }

    private static String fill(String template, String value) {
        return template.replaceAll("\\{[^}]+}", value);
    }

    private static HttpResponse<String> send(String base, Probe probe, String bearer) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + probe.path())).timeout(Duration.ofSeconds(30))
                    .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(probe.body(), StandardCharsets.UTF_8));
            if (probe.contentType() != null) {
                request.header("Content-Type", probe.contentType());
            }
            if (bearer != null) {
                request.header("Authorization", bearer);
            }
            if (probe.method().equals("POST") && probe.path().startsWith("/api/orders")) {
                request.header("Idempotency-Key", UUID.randomUUID().toString());
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(probe.describe() + ": " + e, e);
        }
    }

    private static String snippet(String text) {
        String flat = text.replace("\n", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
