package com.concierge.ops.launcher;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A tiny service JVM for the tests: answers {@code {"status":"UP"}} on {@code /health} of the
 * port given as the first argument until it is stopped, like the Keycloak JVM kc.sh starts.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
        server.createContext("/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Thread.currentThread().join();
    }
}
