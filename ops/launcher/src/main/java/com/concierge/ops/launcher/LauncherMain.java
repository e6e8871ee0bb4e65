package com.concierge.ops.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Command line of the launcher.
 *
 * <pre>
 * store    [--app JAR] [--port 8080] [--state .data] [--realm FILE] [--opensearch-port 9200] [--keycloak-port 8180]
 *          [--demo true|false] [--heap 512m] [--java-options "-Dname=value ..."] [--aot true|false]
 *          start OpenSearch and Keycloak, then the store (loading the demo catalog into an empty
 *          database unless --demo false) with a heap of at most --heap (docs/performance.md#memory)
 *          and any further JVM options (space-separated); on JDK 25+ with the ahead-of-time cache
 *          of this build (state/aot, recorded on its first run) unless --aot false; print its URL;
 *          Ctrl-C stops all three
 * services [--state .data] [--realm FILE] [--opensearch-port 9200] [--keycloak-port 8180]
 *          start only OpenSearch and Keycloak (for quarkus:dev or an IDE); Ctrl-C stops them
 * stop     [--state .data]
 *          stop whatever an earlier launcher left running in that state directory
 * restart  opensearch|keycloak [--state .data] [--opensearch-port 9200] [--keycloak-port 8180] [--realm FILE] [--new-keys]
 *          stop that one service and start it again, detached, on the same port and state folder
 *          (under a running store or services launcher); returns once it is ready
 * catalog  import FILE | reindex | demo  [--app JAR] [--state .data] [--opensearch-port 9200]
 *          run a catalog command against the store's database and OpenSearch (started when not
 *          already running for that state directory), then exit with the command's status
 * reviews  import FILE  [--app JAR] [--state .data] [--opensearch-port 9200]
 *          import reviews of many products (CSV or JSON with a product column), the same way
 * </pre>
 */
public final class LauncherMain {

    private static final String DEFAULT_REALM = "k8s/base/keycloak/concierge-realm.json";
    /** The store's heap limit: the demo and the benchmarks run within it (docs/performance.md#memory). */
    private static final String DEFAULT_HEAP = "512m";

    private LauncherMain() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (LauncherException e) {
            System.err.println("launcher: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(String[] args) {
        if (args.length == 0) {
            throw new LauncherException("usage: store | services | stop | restart | catalog | reviews  [options]; see ops/README.md");
        }
        if (args[0].equals("restart")) {
            restart(RestartCommand.parse(List.of(args).subList(1, args.length)));
            System.exit(0); // the restarted service runs on in its own session
        }
        int positional = switch (args[0]) {
            case "catalog" -> catalogArguments(args);
            case "reviews" -> reviewsArguments(args);
            default -> 0;
        };
        Map<String, String> options = parse(args, 1 + positional);
        Path state = Path.of(options.getOrDefault("state", ".data")).toAbsolutePath();
        switch (args[0]) {
            case "store" -> store(options, state);
            case "services" -> services(options, state);
            case "stop" -> stop(state);
            case "catalog", "reviews" -> System.exit(storeCommand(args[0], List.of(args).subList(1, 1 + positional), options, state));
            default -> throw new LauncherException("unknown command " + args[0] + "; expected store, services, stop, restart, catalog or reviews");
        }
    }

    private static Services startServices(Map<String, String> options, Path state) {
        Path realm = Path.of(options.getOrDefault("realm", DEFAULT_REALM)).toAbsolutePath();
        Services.Options serviceOptions = Services.Options.defaults(state, realm).withPorts(
                Integer.parseInt(options.getOrDefault("opensearch-port", "9200")),
                Integer.parseInt(options.getOrDefault("keycloak-port", "8180")));
        System.out.println("Starting OpenSearch and Keycloak (logs in " + state + ") ...");
        long started = System.nanoTime();
        Services services = Services.start(serviceOptions);
        System.out.printf("OpenSearch %s and Keycloak %s are healthy after %d s%n", services.openSearchUrl(),
                services.keycloakUrl(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
        return services;
    }

    private static void services(Map<String, String> options, Path state) {
        Services services = startServices(options, state);
        Runtime.getRuntime().addShutdownHook(new Thread(services::close));
        System.out.println("Point the store at them with:");
        System.out.println("  -Dquarkus.hibernate-search-orm.elasticsearch.hosts=" + services.openSearchUrl().getAuthority());
        System.out.println("  -Dcc.keycloak.realm-url=" + services.realmUrl());
        printKeycloakAdmin(services);
        System.out.println("Ctrl-C stops both.");
        waitForever();
    }

    private static void printKeycloakAdmin(Services services) {
        System.out.println("Keycloak's admin console: " + services.keycloakUrl() + "/admin (admin / "
                + services.keycloakAdminPassword() + ", new every start)");
    }

    private static void store(Map<String, String> options, Path state) {
        Path app = Path.of(options.getOrDefault("app", "web/target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.isRegularFile(app)) {
            throw new LauncherException("No store at " + app + "; build it with ./mvnw -DskipTests package");
        }
        int port = Integer.parseInt(options.getOrDefault("port", "8080"));
        String heap = options.getOrDefault("heap", DEFAULT_HEAP);
        if (!heap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new LauncherException("--heap " + heap + " is not a size such as 512m or 1g");
        }
        Ports.requireFree(port, "the store");
        Services services = startServices(options, state);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", // jboss-threads on JDK 24+
                // the footprint a pod is sized by (docs/performance.md#memory): the heap is bounded, not the machine's quarter
                "-Xmx" + heap,
                // the parallel collector: more throughput and a shorter tail than G1 on two cores, and a
                // quarter of its native overhead (ADR 26); --java-options "-XX:-UseParallelGC -XX:+UseG1GC" for G1
                // (these options come first, so later ones win)
                "-XX:+UseParallelGC",
                "-Dquarkus.http.port=" + port,
                // links in order e-mails point at the port the store runs on
                "-Dcc.store.url=http://localhost:" + port,
                "-Dcc.data-dir=" + state,
                "-Dcc.demo.load-if-empty=" + options.getOrDefault("demo", "true"),
                "-Dcc.demo.history=" + options.getOrDefault("demo", "true"),
                "-Dquarkus.hibernate-search-orm.elasticsearch.hosts=" + services.openSearchUrl().getAuthority(),
                "-Dcc.keycloak.realm-url=" + services.realmUrl(),
                // the demo store takes payments with the test cards (docs/checkout.md); a real store never does by default
                "-Dcc.payments.test-provider=true"));
        if (!"false".equals(options.getOrDefault("demo", "true"))) {
            // the demo store's exchange rates for limits shoppers give in pounds or euros (docs/assistant.md);
            // a real store sets its own cc.store.exchange-rates
            command.add("-Dcc.store.exchange-rates=GBP=1.27,EUR=1.08");
        }
        String extra = options.getOrDefault("java-options", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        if (!"false".equals(options.getOrDefault("aot", "true"))) {
            // the classes an earlier run of this build loaded, kept so this start skips loading them (ADR 23)
            AotCache aot = AotCache.of(state, app, Runtime.version().feature(), command.subList(1, command.size()));
            command.addAll(aot.options());
            if (aot.recording()) {
                System.out.println("This build's first start: the JVM records its ahead-of-time cache when the store stops ("
                        + aot.file() + "), and later starts use it");
            }
        }
        command.addAll(List.of("-jar", app.toString()));
        Process store;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            // secrets in the environment, not on the command line where any user's ps shows them
            builder.environment().put("CC_OIDC_CLIENT_SECRET", services.appClientSecret());
            builder.environment().put("CC_OIDC_STATE_SECRET", java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(24)));
            store = builder.start();
        } catch (IOException e) {
            services.close();
            throw new LauncherException("Could not start the store: " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ManagedProcess.terminate(store.toHandle(), Duration.ofSeconds(30));
            services.close();
        }));
        URI url = URI.create("http://localhost:" + port);
        awaitStoreReady(store, url.resolve("/q/health/ready"));
        System.out.println();
        System.out.println("Concierge Commerce is running at " + url + "/  (admin console " + url + "/admin; demo logins in README.md)");
        printKeycloakAdmin(services);
        System.out.println("Ctrl-C stops the store, OpenSearch and Keycloak.");
        try {
            int exit = store.waitFor();
            System.exit(exit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitStoreReady(Process store, URI readiness) {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!store.isAlive()) {
                System.exit(store.exitValue() == 0 ? 1 : store.exitValue()); // the store printed why; the hook stops the services
            }
            try {
                var response = http.send(java.net.http.HttpRequest.newBuilder(readiness).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            ManagedProcess.sleep(Duration.ofMillis(300));
        }
        throw new LauncherException("The store did not become ready within 3 minutes at " + readiness);
    }

    private static void stop(Path state) {
        try (Stream<Path> pidFiles = Files.exists(state) ? Files.list(state) : Stream.empty()) {
            for (Path pidFile : pidFiles.filter(p -> p.toString().endsWith(".pid")).toList()) {
                String name = pidFile.getFileName().toString().replace(".pid", "");
                ManagedProcess.stopStale(name, pidFile);
            }
        } catch (IOException e) {
            throw new LauncherException("Cannot read " + state + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stops one service of a state folder by its pid file and starts it again on the same port,
     * detached, so it outlives this command. The {@code store} or {@code services} launcher that
     * started the original does not watch its services (it waits for the store alone), so it
     * neither notices nor minds; when it stops, it stops the replacement too, which the pid file
     * now names ({@link ManagedProcess#close()}). The store talks to both services over HTTP on
     * the same port and is not restarted.
     */
    private static void restart(RestartCommand command) {
        Path state = command.state();
        String name = command.service();
        Path pidFile = state.resolve(name + ".pid");
        Optional<PidFile> recorded = PidFile.read(pidFile);
        Path javaHome = Path.of(System.getProperty("java.home"));
        Duration timeout = Duration.ofMinutes(3);
        if (name.equals("opensearch")) {
            int port = command.portOr(recorded, 9200);
            Path home = Distribution.of("opensearch").unpackInto(Services.defaultCacheDir());
            stopForRestart(name, pidFile, port, state, "--opensearch-port");
            System.out.println("Starting OpenSearch on port " + port + " ...");
            ManagedProcess node = OpenSearchNode.start(home, state, port, javaHome, timeout, true);
            System.out.println("OpenSearch is running again at http://127.0.0.1:" + port + " (pid " + node.pid()
                    + ", data kept in " + OpenSearchNode.instanceDir(state) + ", log " + node.log() + ")");
        } else {
            int port = command.portOr(recorded, 8180);
            Path realm = command.realmOr(recorded, DEFAULT_REALM);
            // everything that can fail is checked before the running Keycloak is stopped
            KeycloakServer.Secrets before = KeycloakServer.savedSecrets(state);
            if (!Files.isReadable(realm)) {
                throw new LauncherException("Cannot read the realm file " + realm + "; pass --realm FILE");
            }
            Path home = Distribution.of("keycloak").unpackInto(Services.defaultCacheDir());
            stopForRestart(name, pidFile, port, state, "--keycloak-port");
            System.out.println("Starting Keycloak on port " + port + " ...");
            KeycloakServer.Started started = KeycloakServer.restart(home, state, port, javaHome, realm, timeout, command.newKeys());
            System.out.println("Keycloak is running again at http://localhost:" + port + "/realms/" + started.realm()
                    + " (pid " + started.process().pid() + ", log " + started.process().log() + ")");
            System.out.println("Realm imported again from " + realm + " with the same concierge-app client secret and admin password ("
                    + state.resolve(KeycloakServer.SECRETS_FILE) + "), so the running store keeps working;"
                    + " Keycloak's sessions and accounts created since are gone: users sign in again.");
            System.out.println(command.newKeys()
                    ? "New signing key " + started.signingKeyId() + " (was " + before.signingKeyId()
                            + "): tokens signed before no longer verify; the store must fetch the new key set."
                    : "Same signing key " + started.signingKeyId() + ": tokens signed before the restart still verify.");
            System.out.println("Keycloak's admin console: http://localhost:" + port + "/admin (admin / " + started.adminPassword() + ")");
        }
    }

    private static void stopForRestart(String name, Path pidFile, int port, Path state, String portOption) {
        Optional<Long> stopped = ManagedProcess.stopRecorded(name, pidFile, "Stopping " + name);
        if (stopped.isEmpty()) {
            System.out.println("No " + name + " of " + state + " was running; starting one");
        }
        if (!Ports.awaitFree(port, stopped.isPresent() ? Duration.ofSeconds(15) : Duration.ZERO)) {
            throw new LauncherException("Port " + port + " is in use by a program that is not the " + name + " of " + state
                    + " (" + pidFile + " does not name it); stop that program, or pass " + portOption + " and --state of the running one");
        }
    }

    /** How many words follow "catalog": "import FILE" or "reindex". */
    private static int catalogArguments(String[] args) {
        if (args.length >= 3 && args[1].equals("import")) {
            return 2;
        }
        if (args.length >= 2 && (args[1].equals("reindex") || args[1].equals("demo"))) {
            return 1;
        }
        throw new LauncherException("usage: catalog import FILE | catalog reindex | catalog demo  [--state .data] [--opensearch-port 9200]");
    }

    /** "reviews import FILE". */
    private static int reviewsArguments(String[] args) {
        if (args.length >= 3 && args[1].equals("import")) {
            return 2;
        }
        throw new LauncherException("usage: reviews import FILE  [--state .data] [--opensearch-port 9200]");
    }

    /**
     * Runs a command of the store's jar ({@code catalog-import FILE}, {@code reviews-import FILE},
     * ...). Uses the OpenSearch a running store started for this state directory, or starts one for
     * the command.
     */
    private static int storeCommand(String group, List<String> command, Map<String, String> options, Path state) {
        Path app = Path.of(options.getOrDefault("app", "web/target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.isRegularFile(app)) {
            throw new LauncherException("No store at " + app + "; build it with ./mvnw -DskipTests package");
        }
        int openSearchPort = Integer.parseInt(options.getOrDefault("opensearch-port", "9200"));
        ManagedProcess started = null;
        if (Ports.isFree(openSearchPort)) {
            System.out.println("Starting OpenSearch for the command (logs in " + state + ") ...");
            started = OpenSearchNode.start(Distribution.of("opensearch").unpackInto(Services.defaultCacheDir()), state, openSearchPort,
                    Path.of(System.getProperty("java.home")), Duration.ofMinutes(3));
        } else {
            System.out.println("Using the OpenSearch already running on port " + openSearchPort);
        }
        List<String> java = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-Dquarkus.http.port=0",
                "-Dquarkus.log.category.\"io.quarkus\".level=WARN",
                // a command signs nobody in
                "-Dquarkus.oidc.tenant-enabled=false", "-Dquarkus.oidc.api.tenant-enabled=false",
                "-Dcc.data-dir=" + state,
                "-Dquarkus.hibernate-search-orm.elasticsearch.hosts=127.0.0.1:" + openSearchPort,
                "-jar", app.toString(),
                group + "-" + command.get(0)));
        if (command.size() > 1) {
            java.add(Path.of(command.get(1)).toAbsolutePath().toString());
        }
        try {
            return new ProcessBuilder(java).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new LauncherException("Could not start the store's jar: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }

    private static Map<String, String> parse(String[] args, int first) {
        Map<String, String> options = new HashMap<>();
        for (int i = first; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new LauncherException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static void waitForever() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
