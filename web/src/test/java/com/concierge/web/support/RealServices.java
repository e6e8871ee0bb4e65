package com.concierge.web.support;

import com.concierge.ops.launcher.Services;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the real OpenSearch and Keycloak once per test JVM, through the same launcher code the
 * run command uses, with the realm file from k8s/. Every @QuarkusTest gets their addresses
 * (OpenSearch behind a {@link CuttableProxy}).
 *
 * <p>Once per JVM, not per class loader: Quarkus loads the test classes again for each test
 * profile, so a static field alone started a new OpenSearch and Keycloak at every profile switch
 * (the old ones kept running, and a port taken between choosing it and binding it failed a whole
 * profile's boot). The first start leaves what the others need in a system property, which every
 * class loader sees.
 */
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = false)
public class RealServices implements QuarkusTestResourceLifecycleManager {

    public static final Path REALM_FILE = Path.of("../k8s/base/keycloak/concierge-realm.json");
    /** The system property holding the running services' addresses and secrets, one per line. */
    private static final String SHARED = "cc.test.services";
    private static Running services;
    private static CuttableProxy openSearchProxy;

    /** What tests need of the running services: their addresses and the secrets of this start. */
    public record Running(URI openSearchUrl, URI keycloakUrl, URI realmUrl, String appClientSecret, String keycloakAdminPassword) {

        private String describe() {
            return String.join("\n", openSearchUrl.toString(), keycloakUrl.toString(), realmUrl.toString(), appClientSecret, keycloakAdminPassword);
        }

        private static Running read(String described) {
            String[] v = described.split("\n", -1);
            return new Running(URI.create(v[0]), URI.create(v[1]), URI.create(v[2]), v[3], v[4]);
        }
    }

    /** The running services; starts them on the JVM's first use. */
    public static synchronized Running services() {
        if (services == null) {
            synchronized (System.getProperties()) {
                String shared = System.getProperty(SHARED);
                if (shared == null) {
                    Path state = Path.of("target/test-services").toAbsolutePath();
                    Services.discardState(state); // a fresh, empty OpenSearch per run
                    Services started = Services.start(Services.Options.defaults(state, REALM_FILE.toAbsolutePath()));
                    Runtime.getRuntime().addShutdownHook(new Thread(started::close));
                    shared = new Running(started.openSearchUrl(), started.keycloakUrl(), started.realmUrl(), started.appClientSecret(),
                            started.keycloakAdminPassword()).describe();
                    System.setProperty(SHARED, shared);
                }
                services = Running.read(shared);
            }
        }
        return services;
    }

    /**
     * The store under test reaches OpenSearch through this proxy, so a test can take search away
     * ({@link CuttableProxy#cut()}) and give it back without touching the OpenSearch itself. One
     * per class loader: each profile's store and its tests share theirs.
     */
    public static synchronized CuttableProxy openSearchProxy() {
        if (openSearchProxy == null) {
            URI openSearch = services().openSearchUrl();
            openSearchProxy = new CuttableProxy(openSearch.getHost(), openSearch.getPort());
        }
        return openSearchProxy;
    }

    @Override
    public Map<String, String> start() {
        Running running = services();
        return Map.of(
                "quarkus.hibernate-search-orm.elasticsearch.hosts", "127.0.0.1:" + openSearchProxy().port(),
                "cc.keycloak.realm-url", running.realmUrl().toString(),
                "quarkus.oidc.credentials.secret", running.appClientSecret());
    }

    @Override
    public void stop() {
        // the shutdown hook stops the services when the test JVM ends
    }
}
