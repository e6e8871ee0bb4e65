package com.concierge.ops.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The real services of the embedded default, started together and stopped together. The run
 * command and the test suite's Quarkus test resource both use this class, so tests talk to the
 * same OpenSearch and Keycloak a developer runs.
 *
 * <pre>{@code
 * try (Services services = Services.start(Services.Options.defaults(stateDir, realmFile))) {
 *     services.openSearchUrl(); services.keycloakUrl();
 * }
 * }</pre>
 */
public final class Services implements AutoCloseable {

    /**
     * @param stateDir    per-instance data and logs (OpenSearch data, pid files, service logs)
     * @param cacheDir    where distributions are unpacked once
     * @param openSearchPort HTTP port, 0 for any free port
     * @param keycloakPort   HTTP port, 0 for any free port
     * @param realmFile   the Keycloak realm imported at every start
     * @param javaHome    the JDK (21+) that runs both services
     * @param timeout     how long each service may take to become healthy
     */
    public record Options(Path stateDir, Path cacheDir, int openSearchPort, int keycloakPort, Path realmFile,
                          Path javaHome, Duration timeout) {

        public static Options defaults(Path stateDir, Path realmFile) {
            return new Options(stateDir, defaultCacheDir(), 0, 0, realmFile,
                    Path.of(System.getProperty("java.home")), Duration.ofMinutes(3));
        }

        public Options withPorts(int openSearch, int keycloak) {
            return new Options(stateDir, cacheDir, openSearch, keycloak, realmFile, javaHome, timeout);
        }
    }

    private final ManagedProcess openSearch;
    private final KeycloakServer.Started keycloak;
    private final URI openSearchUrl;
    private final URI keycloakUrl;

    private Services(ManagedProcess openSearch, URI openSearchUrl, KeycloakServer.Started keycloak, URI keycloakUrl) {
        this.openSearch = openSearch;
        this.openSearchUrl = openSearchUrl;
        this.keycloak = keycloak;
        this.keycloakUrl = keycloakUrl;
    }

    /** Starts OpenSearch and Keycloak in parallel and returns once both are healthy. */
    public static Services start(Options options) {
        Runtime.Version java = Runtime.version();
        if (java.feature() < 21) {
            throw new LauncherException("OpenSearch 3 and Keycloak 26 need a JDK 21+, this is " + java);
        }
        int osPort = options.openSearchPort() == 0 ? Ports.free() : options.openSearchPort();
        int kcPort = options.keycloakPort() == 0 ? Ports.free() : options.keycloakPort();
        Ports.requireFree(osPort, "OpenSearch");
        Ports.requireFree(kcPort, "Keycloak");

        CompletableFuture<ManagedProcess> os = CompletableFuture.supplyAsync(() -> OpenSearchNode.start(
                Distribution.of("opensearch").unpackInto(options.cacheDir()), options.stateDir(), osPort,
                options.javaHome(), options.timeout()));
        CompletableFuture<KeycloakServer.Started> kc = CompletableFuture.supplyAsync(() -> KeycloakServer.start(
                Distribution.of("keycloak").unpackInto(options.cacheDir()), options.stateDir(), kcPort,
                options.javaHome(), options.realmFile(), options.timeout()));
        try {
            CompletableFuture.allOf(os, kc).join();
        } catch (CompletionException failed) {
            os.thenAccept(ManagedProcess::close);
            kc.thenAccept(started -> started.process().close());
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        return new Services(os.join(), URI.create("http://127.0.0.1:" + osPort),
                kc.join(), URI.create("http://localhost:" + kcPort));
    }

    /** Base URL of the OpenSearch HTTP API, e.g. {@code http://127.0.0.1:9200}. */
    public URI openSearchUrl() {
        return openSearchUrl;
    }

    /** Base URL of Keycloak, e.g. {@code http://localhost:8180}. */
    public URI keycloakUrl() {
        return keycloakUrl;
    }

    /** The OIDC issuer of the imported realm. */
    public URI realmUrl() {
        return URI.create(keycloakUrl + "/realms/" + keycloak.realm());
    }

    /** The store's OIDC client secret ({@code concierge-app}), random per start: give it to the store. */
    public String appClientSecret() {
        return keycloak.appClientSecret();
    }

    /** The bootstrap admin's password, random per start (user name {@code admin}). */
    public String keycloakAdminPassword() {
        return keycloak.adminPassword();
    }

    @Override
    public void close() {
        keycloak.process().close();
        openSearch.close();
    }

    /**
     * Deletes a state folder (data, logs, pid files) so the next start begins empty; the
     * unpacked distributions in the cache stay. Do not call it while services of that folder run.
     */
    public static void discardState(Path stateDir) {
        Distribution.deleteTree(stateDir);
    }

    /** {@code CC_CACHE_DIR}, else a system cache when root (the OpenSearch user must read it), else the user's cache. */
    public static Path defaultCacheDir() {
        String configured = System.getenv("CC_CACHE_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if (OsUser.isRoot()) {
            return Path.of("/var/cache/concierge-commerce");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("concierge-commerce");
    }
}
