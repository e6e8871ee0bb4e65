package com.concierge.web.support;

import com.concierge.ops.launcher.Services;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the real OpenSearch and Keycloak once per test JVM, through the same launcher code the
 * run command uses, with the realm file from k8s/. Every @QuarkusTest gets their addresses
 * (OpenSearch behind a {@link CuttableProxy}).
 */
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = false)
public class RealServices implements QuarkusTestResourceLifecycleManager {

    public static final Path REALM_FILE = Path.of("../k8s/base/keycloak/concierge-realm.json");
    private static Services services;
    private static CuttableProxy openSearchProxy;

    /** The running services; starts them on first use. */
    public static synchronized Services services() {
        if (services == null) {
            Path state = Path.of("target/test-services").toAbsolutePath();
            Services.discardState(state); // a fresh, empty OpenSearch per run
            services = Services.start(Services.Options.defaults(state, REALM_FILE.toAbsolutePath()));
            Runtime.getRuntime().addShutdownHook(new Thread(services::close));
        }
        return services;
    }

    /**
     * The store under test reaches OpenSearch through this proxy, so a test can take search away
     * ({@link CuttableProxy#cut()}) and give it back without touching the OpenSearch itself.
     */
    public static synchronized CuttableProxy openSearchProxy() {
        if (openSearchProxy == null) {
            java.net.URI openSearch = services().openSearchUrl();
            openSearchProxy = new CuttableProxy(openSearch.getHost(), openSearch.getPort());
        }
        return openSearchProxy;
    }

    @Override
    public Map<String, String> start() {
        Services running = services();
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
