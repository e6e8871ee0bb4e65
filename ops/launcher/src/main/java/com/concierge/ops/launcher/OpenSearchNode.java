package com.concierge.ops.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One single-node OpenSearch cluster on loopback. OpenSearch refuses to run as root, so when
 * the launcher is root the node runs as the unprivileged system account {@value #SERVICE_USER}
 * (created on first use), switched to with {@code setpriv} so that the pid we hold is the JVM's.
 */
final class OpenSearchNode {

    static final String SERVICE_USER = "cc-opensearch";
    /** The main class of the OpenSearch JVM ({@code bin/opensearch} execs it): the process the pid file names. */
    static final String SERVING_MARKER = "org.opensearch.bootstrap.OpenSearch";
    static final String FALLBACK_ROOT = "/var/lib/concierge-commerce";

    private OpenSearchNode() {
    }

    static ManagedProcess start(Path home, Path stateDir, int httpPort, Path javaHome, Duration timeout) {
        return start(home, stateDir, httpPort, javaHome, timeout, false);
    }

    /**
     * Starts the node of {@code stateDir} (its data, config and logs kept from earlier starts) and
     * returns once the cluster is green or yellow. {@code detached}: in a session of its own, to
     * outlive the launcher ({@code restart opensearch}).
     */
    static ManagedProcess start(Path home, Path stateDir, int httpPort, Path javaHome, Duration timeout, boolean detached) {
        Path instance = instanceDir(stateDir);
        Path config = instance.resolve("config");
        try {
            Files.createDirectories(instance.resolve("data"));
            Files.createDirectories(instance.resolve("logs"));
            if (!Files.isDirectory(config)) {
                copyTree(home.resolve("config"), config); // per-instance config: the shared home stays read-only
                pointJvmFilesAtInstance(config.resolve("jvm.options"), instance);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        List<String> command = new ArrayList<>();
        if (OsUser.isRoot()) {
            OsUser.ensureSystemUser(SERVICE_USER);
            OsUser.chownTree(instance, SERVICE_USER);
            command.addAll(OsUser.switchTo(SERVICE_USER));
        }
        command.add(home.resolve("bin/opensearch").toString());
        int transportPort = Ports.free();
        for (String setting : List.of(
                "cluster.name=concierge-local",
                "node.name=concierge-local",
                "discovery.type=single-node",
                "network.host=127.0.0.1",
                "http.port=" + httpPort,
                "transport.port=" + transportPort,
                "path.data=" + instance.resolve("data"),
                "path.logs=" + instance.resolve("logs"),
                // a developer's nearly-full disk must not turn the local index read-only
                "cluster.routing.allocation.disk.threshold_enabled=false")) {
            command.add("-E");
            command.add(setting);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(instance.toFile());
        builder.environment().put("OPENSEARCH_JAVA_HOME", javaHome.toString());
        builder.environment().put("OPENSEARCH_PATH_CONF", config.toString());
        builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
        builder.environment().put("HOME", instance.toString());
        ManagedProcess node = ManagedProcess.start("opensearch", builder, stateDir, ManagedProcess.Options.defaults()
                .servedBy(SERVING_MARKER)
                .detached(detached)
                .withAttributes(java.util.Map.of("port", Integer.toString(httpPort))));
        try {
            node.awaitHealthy(URI.create("http://127.0.0.1:" + httpPort + "/_cluster/health"),
                    body -> body.contains("\"status\":\"green\"") || body.contains("\"status\":\"yellow\""), timeout);
        } catch (RuntimeException e) {
            node.close(); // a node that never became healthy is not left running
            throw e;
        }
        return node;
    }

    /**
     * {@code <state>/opensearch}, unless the launcher is root and the service user cannot enter the
     * state folder (a clone under {@code /root}, say): then a folder of its own under
     * {@value #FALLBACK_ROOT}, named after the state folder. A marker in the state folder ties the
     * two together, so a fresh state folder also gets a fresh node.
     */
    static Path instanceDir(Path stateDir) {
        Path inside = stateDir.resolve("opensearch");
        if (!OsUser.isRoot() || OsUser.traversableByOthers(stateDir)) {
            return inside;
        }
        String key = Integer.toHexString(stateDir.toAbsolutePath().normalize().toString().hashCode());
        Path outside = Path.of(FALLBACK_ROOT, "opensearch-" + key);
        Path marker = stateDir.resolve("opensearch.location");
        try {
            Files.createDirectories(stateDir);
            if (!Files.exists(marker)) {
                Distribution.deleteTree(outside);
                Files.writeString(marker, outside + System.lineSeparator());
            }
            Files.createDirectories(Path.of(FALLBACK_ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("OpenSearch keeps its data in " + outside + " (" + SERVICE_USER + " cannot enter " + stateDir + ")");
        return outside;
    }

    /**
     * bin/opensearch changes into the distribution's home, so the relative GC-log, error-file
     * and heap-dump paths of the stock jvm.options would land in the shared, read-only home.
     */
    private static void pointJvmFilesAtInstance(Path jvmOptions, Path instance) throws IOException {
        String logs = instance.resolve("logs").toString();
        String options = Files.readString(jvmOptions)
                .replace("file=logs/", "file=" + logs + "/")
                .replace("-XX:ErrorFile=logs/", "-XX:ErrorFile=" + logs + "/")
                .replace("-XX:HeapDumpPath=data", "-XX:HeapDumpPath=" + instance.resolve("data"));
        Files.writeString(jvmOptions, options);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
