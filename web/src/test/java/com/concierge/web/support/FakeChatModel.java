package com.concierge.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible chat endpoint ({@code POST /v1/chat/completions}) on its own port, standing
 * in for a real model so the wording check can be tested: the test picks how it answers.
 */
public final class FakeChatModel {

    public enum Mode {
        /** Rewords the template reply without adding anything. */
        FAITHFUL,
        /** Adds a price and a sale nobody stated. */
        INVENTS_A_PRICE,
        /** Adds a product model that was not shown. */
        INVENTS_A_PRODUCT,
        /** Says something on the do-not-generate list. */
        MAKES_A_HEALTH_CLAIM,
        /** The endpoint fails. */
        FAILS
    }

    public static volatile Mode mode = Mode.FAITHFUL;
    public static final List<JsonNode> REQUESTS = new CopyOnWriteArrayList<>();

    private static final Pattern REPLY = Pattern.compile("REPLY:\\n(.*?)\\n\\nEVIDENCE:", Pattern.DOTALL);
    private static final Pattern BRAND = Pattern.compile("^product: .*? by ([^,]+),", Pattern.MULTILINE);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static HttpServer server;

    private FakeChatModel() {
    }

    /** Starts the endpoint once per JVM; its base URL ("http://127.0.0.1:PORT/v1/"). */
    public static synchronized String baseUrl() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/v1/chat/completions", FakeChatModel::complete);
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/";
    }

    private static void complete(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        REQUESTS.add(request);
        if (mode == Mode.FAILS) {
            send(exchange, 500, Map.of("error", Map.of("message", "the fake model is down", "type", "server_error")));
            return;
        }
        String user = "";
        for (JsonNode message : request.path("messages")) {
            if (message.path("role").asText().equals("user")) {
                user = message.path("content").asText();
            }
        }
        Matcher reply = REPLY.matcher(user);
        String template = reply.find() ? reply.group(1) : "";
        Matcher brand = BRAND.matcher(user);
        String text = switch (mode) {
            case FAITHFUL -> "Here is what I found. " + template;
            case INVENTS_A_PRICE -> "Here is what I found. " + template + " Today it is on sale for $19.99.";
            case INVENTS_A_PRODUCT -> "Here is what I found. " + template + " Also consider the " + (brand.find() ? brand.group(1) : "Calma")
                    + " Zephyr.";
            case MAKES_A_HEALTH_CLAIM -> "Here is what I found. " + template + " Smoothies from it help with diabetes.";
            case FAILS -> throw new IllegalStateException("unreachable");
        };
        send(exchange, 200, Map.of("id", "chatcmpl-fake", "object", "chat.completion", "created", 1_764_000_000L, "model", "fake-model",
                "choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", text), "finish_reason", "stop")),
                "usage", Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20)));
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
