package com.concierge.ops.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {

    @TempDir
    Path state;

    @Test
    void waitsUntilHealthyThenStopsTheWholeProcessTree() throws IOException {
        HttpServer health = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        health.createContext("/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        health.start();
        try {
            ManagedProcess service = ManagedProcess.start("svc", new ProcessBuilder(List.of("sh", "-c", "sleep 300 & wait")), state);
            ProcessHandle child = awaitChild(service);
            service.awaitHealthy(URI.create("http://127.0.0.1:" + health.getAddress().getPort() + "/health"),
                    body -> body.contains("UP"), Duration.ofSeconds(10));
            assertThat(state.resolve("svc.pid")).exists();

            service.close();

            assertThat(service.isAlive()).isFalse();
            assertThat(child.isAlive()).as("the service's own children stop too").isFalse();
            assertThat(state.resolve("svc.pid")).doesNotExist();
        } finally {
            health.stop(0);
        }
    }

    @Test
    void givesUpAtOnceWithTheLogWhenTheServiceDies() {
        ManagedProcess service = ManagedProcess.start("broken",
                new ProcessBuilder(List.of("sh", "-c", "echo 'port 9200 is taken'; exit 3")), state);

        assertThatThrownBy(() -> service.awaitHealthy(URI.create("http://127.0.0.1:1/"), body -> true, Duration.ofSeconds(30)))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("broken exited with code 3")
                .hasMessageContaining("port 9200 is taken");
    }

    @Test
    void nextStartStopsWhatAKilledLauncherLeftRunning() throws Exception {
        Process orphan = new ProcessBuilder("sleep", "300").start();
        Files.writeString(state.resolve("svc.pid"), Long.toString(orphan.pid()));

        ManagedProcess fresh = ManagedProcess.start("svc", new ProcessBuilder("sleep", "300"), state);
        try {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(Files.readString(state.resolve("svc.pid"))).isNotEqualTo(Long.toString(orphan.pid()));
        } finally {
            fresh.close();
        }
    }

    private static ProcessHandle awaitChild(ManagedProcess service) {
        ProcessHandle self = ProcessHandle.of(Long.parseLong(readPid(service))).orElseThrow();
        for (int i = 0; i < 100; i++) {
            var child = self.children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            ManagedProcess.sleep(Duration.ofMillis(50));
        }
        throw new AssertionError("no child process appeared");
    }

    private static String readPid(ManagedProcess service) {
        try {
            return Files.readString(service.log().resolveSibling(service.name() + ".pid")).strip();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
