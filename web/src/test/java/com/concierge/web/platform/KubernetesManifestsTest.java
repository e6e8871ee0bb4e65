package com.concierge.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests (k8s/base) agree with the store they deploy: the heap and container
 * limit measured in docs/performance.md#memory, the health endpoints, the secrets production mode
 * requires, settings the store actually reads, and service names that resolve to the manifests' own
 * services. No cluster runs here; `kubectl kustomize k8s/base` renders them where kubectl is.
 */
@Tag("database-independent") // checked once, on H2; the PostgreSQL run of .ci/run skips it
class KubernetesManifestsTest {

    private static final Path BASE = Path.of("..", "k8s", "base");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var values = YAML.readerFor(JsonNode.class).readValues(Files.readString(file))) {
            while (values.hasNext()) {
                JsonNode document = (JsonNode) values.next();
                if (document != null && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    private static List<JsonNode> resources() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode resource : documents(BASE.resolve("kustomization.yaml")).get(0).path("resources")) {
            all.addAll(documents(BASE.resolve(resource.asText())));
        }
        return all;
    }

    private static JsonNode named(String kind, String name) throws IOException {
        return resources().stream().filter(r -> r.path("kind").asText().equals(kind) && r.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in k8s/base"));
    }

    private static JsonNode storeContainer() throws IOException {
        return named("Deployment", "concierge-store").path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static Map<String, JsonNode> env(JsonNode container) {
        Map<String, JsonNode> env = new HashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e));
        return env;
    }

    @Test
    void theKustomizationListsEveryManifestAndEveryFileItNamesExists() throws IOException {
        JsonNode kustomization = documents(BASE.resolve("kustomization.yaml")).get(0);
        Set<String> listed = new HashSet<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.list(BASE)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml")))
                    .allSatisfy(n -> assertThat(listed).as("every manifest is applied").contains(n));
        }
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            generator.path("files").forEach(f -> assertThat(BASE.resolve(f.asText())).isRegularFile());
        }
    }

    @Test
    void theStoreRunsWithTheMeasuredHeapAndContainerLimit() throws IOException {
        JsonNode store = storeContainer();
        // the launcher's default heap, which the benchmarks and the demo run within (docs/performance.md#memory)
        String launcher = Files.readString(Path.of("..", "ops", "launcher", "src", "main", "java", "com", "concierge", "ops", "launcher",
                "LauncherMain.java"));
        Matcher launcherHeap = Pattern.compile("DEFAULT_HEAP = \"(\\w+)\"").matcher(launcher);
        assertThat(launcherHeap.find()).isTrue();
        String options = env(store).get("JAVA_TOOL_OPTIONS").path("value").asText();
        assertThat(options).contains("-Xmx" + launcherHeap.group(1)).contains("--add-opens=java.base/java.lang=ALL-UNNAMED");
        assertThat(launcher).as("the launcher's collector (ADR 26)").contains("\"-XX:+UseParallelGC\"");
        assertThat(options).as("the pod runs the collector the benchmarks measured").contains("-XX:+UseParallelGC");
        // the store's peak resident size at 100,000 products on PostgreSQL under the read-path bench, 1,110 MiB, and 10%
        // (docs/performance.md#memory); the demo store alone takes 743–755 MiB
        assertThat(store.path("resources").path("limits").path("memory").asText()).isEqualTo("1216Mi");
        assertThat(store.path("resources").path("requests").path("memory").asText()).as("no overcommit of the limit").isEqualTo("1216Mi");
    }

    @Test
    void theProbesAskTheStoresHealthEndpoints() throws IOException {
        JsonNode store = storeContainer();
        assertThat(store.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
        assertThat(store.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(store.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        int port = store.path("ports").get(0).path("containerPort").asInt();
        Properties properties = applicationProperties();
        assertThat(port).isEqualTo(Integer.parseInt(properties.getProperty("quarkus.http.port", "8080")));
    }

    @Test
    void everySecretProductionModeRequiresComesFromAKubernetesSecret() throws IOException {
        Map<String, JsonNode> env = env(storeContainer());
        for (String name : List.of("CC_OIDC_CLIENT_SECRET", "CC_OIDC_STATE_SECRET", "QUARKUS_DATASOURCE_PASSWORD")) {
            assertThat(env).containsKey(name);
            assertThat(env.get(name).path("valueFrom").path("secretKeyRef").path("name").asText()).as(name).isEqualTo("concierge-secrets");
            assertThat(env.get(name).has("value")).as(name + " is never written in the manifest").isFalse();
        }
    }

    @Test
    void everyStoreSettingTheManifestsGiveIsOneTheStoreReads() throws IOException {
        String properties = Files.readString(Path.of("src", "main", "resources", "application.properties"));
        Set<String> known = new HashSet<>();
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)[:}]").matcher(properties);
        while (placeholder.find()) {
            known.add(placeholder.group(1)); // ${CC_STORE_URL:...}
        }
        applicationProperties().stringPropertyNames().forEach(p -> known.add(envName(p.replaceFirst("^%\\w+\\.", ""))));
        Set<String> given = new HashSet<>(env(storeContainer()).keySet());
        JsonNode kustomization = documents(BASE.resolve("kustomization.yaml")).get(0);
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            if (generator.path("name").asText().equals("concierge-config")) {
                generator.path("literals").forEach(l -> given.add(l.asText().split("=", 2)[0]));
            }
        }
        given.remove("KEYCLOAK_URL"); // Keycloak's own hostname, read by the Keycloak Deployment
        assertThat(given.stream().filter(n -> n.startsWith("CC_") || n.startsWith("QUARKUS_DATASOURCE_JDBC")
                || n.startsWith("QUARKUS_HIBERNATE")))
                .allSatisfy(n -> assertThat(known).as(n + " is read by the store").contains(n));
    }

    @Test
    void theAddressesTheManifestsUsePointAtTheirOwnServices() throws IOException {
        Map<String, JsonNode> env = env(storeContainer());
        String search = env.get("QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS").path("value").asText();
        assertThat(servicePort(search.split(":")[0])).contains(Integer.parseInt(search.split(":")[1]));
        URI database = URI.create(env.get("QUARKUS_DATASOURCE_JDBC_URL").path("value").asText().substring("jdbc:".length()));
        assertThat(servicePort(database.getHost())).contains(database.getPort());
        JsonNode keycloak = named("Deployment", "keycloak").path("spec").path("template").path("spec").path("containers").get(0);
        URI keycloakDatabase = URI.create(env(keycloak).get("KC_DB_URL").path("value").asText().substring("jdbc:".length()));
        assertThat(servicePort(keycloakDatabase.getHost())).contains(keycloakDatabase.getPort());
        assertThat(Files.readString(BASE.resolve("postgres/create-databases.sql")).toLowerCase(Locale.ROOT))
                .contains("create database " + keycloakDatabase.getPath().substring(1));
    }

    /** The port a Service of that name exposes, if the manifests have one. */
    private static Optional<Integer> servicePort(String name) throws IOException {
        return resources().stream().filter(r -> r.path("kind").asText().equals("Service") && r.path("metadata").path("name").asText().equals(name))
                .findFirst().map(s -> s.path("spec").path("ports").get(0).path("port").asInt());
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src", "main", "resources", "application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    /** The environment variable Quarkus reads a property from (quarkus.datasource.jdbc.url → QUARKUS_DATASOURCE_JDBC_URL). */
    private static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
