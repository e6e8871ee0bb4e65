package com.concierge.web.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Many HTTP requests released at the same instant, each on its own virtual thread and connection. */
public final class Concurrently {

    private static URI base() {
        return URI.create("http://localhost:" + io.restassured.RestAssured.port);
    }

    private Concurrently() {
    }

    /** POSTs the same JSON {@code times} times at once. */
    public static List<HttpResponse<String>> post(int times, String path, String json, Map<String, String> headers) throws Exception {
        List<String> bodies = new ArrayList<>();
        List<Map<String, String>> allHeaders = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            bodies.add(json);
            allHeaders.add(headers);
        }
        return post(path, bodies, allHeaders);
    }

    /** POSTs each body with its headers, all at once; the answers in the same order. */
    public static List<HttpResponse<String>> post(String path, List<String> bodies, List<Map<String, String>> headers) throws Exception {
        CountDownLatch ready = new CountDownLatch(bodies.size());
        CountDownLatch go = new CountDownLatch(1);
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)));
                headers.get(i).forEach(request::header);
                HttpRequest built = request.build();
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return client.send(built, HttpResponse.BodyHandlers.ofString());
                }));
            }
            ready.await();
            go.countDown();
            List<HttpResponse<String>> done = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                done.add(answer.get());
            }
            return done;
        }
    }
}
