package com.concierge.web.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The packaged store ({@code target/quarkus-app}) run as its own process in production mode, as the
 * launcher runs it: its own data directory, the suite's OpenSearch and Keycloak, secrets in the
 * environment, test payments on. For integration tests that kill it or fill it with junk without
 * touching the shared test boot. On PostgreSQL builds (CI's second run) it uses the database the
 * build was given.
 */
public final class PackagedStore {

    private static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Every store started: {@link #stopAll()} ends them, so none outlives its test (an H2 left open would serve the next run). */
    private static final List<Process> STARTED = new CopyOnWriteArrayList<>();

    private final Process process;
    private final String base;

    private PackagedStore(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** The database the build is for: "h2" (the default) or "postgresql". */
    public static String database() {
        return System.getProperty("quarkus.datasource.db-kind", "h2");
    }

    /** The settings of a store on {@code data} with the suite's services, plus {@code extra}. */
    public static List<String> settings(Path data, String... extra) {
        RealServices.Running services = RealServices.services();
        List<String> settings = new ArrayList<>(List.of(
                "-Dcc.data-dir=" + data.toAbsolutePath(),
                "-Dquarkus.hibernate-search-orm.elasticsearch.hosts=" + services.openSearchUrl().getHost() + ":" + services.openSearchUrl().getPort(),
                "-Dcc.keycloak.realm-url=" + services.realmUrl(),
                "-Dcc.payments.test-provider=true"));
        String url = System.getProperty("quarkus.datasource.jdbc.url");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            settings.add("-Dquarkus.datasource.jdbc.url=" + url);
            settings.add("-Dquarkus.datasource.username=" + System.getProperty("quarkus.datasource.username", "postgres"));
        }
        settings.addAll(List.of(extra));
        return settings;
    }

    /** Starts the store on {@code port} and returns once it is ready; its output is appended to {@code log}. */
    public static PackagedStore start(List<String> settings, int port, Path log) throws Exception {
        if (!Files.isRegularFile(APP)) {
            throw new AssertionError("no packaged store at " + APP + " (mvn package runs before the integration tests)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED"));
        command.addAll(settings);
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(List.of("-jar", APP.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // as the launcher does: secrets in the environment, never the committed development values
        builder.environment().put("CC_OIDC_CLIENT_SECRET", RealServices.services().appClientSecret());
        builder.environment().put("CC_OIDC_STATE_SECRET", UUID.randomUUID() + "-" + UUID.randomUUID());
        Process process = builder.start();
        STARTED.add(process);
        String base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the store stopped while starting:\n" + Files.readString(log));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return new PackagedStore(process, base);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the store was not ready within 3 minutes:\n" + Files.readString(log));
    }

    public String base() {
        return base;
    }

    public Process process() {
        return process;
    }

    /** SIGKILL: no shutdown hook, no flush. */
    public void kill() {
        process.destroyForcibly();
    }

    /** A clean stop (SIGTERM), waiting for the process to end. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    public static void stopAll() {
        STARTED.forEach(Process::destroyForcibly);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
