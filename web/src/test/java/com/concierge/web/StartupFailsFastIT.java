package com.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged store with one setting wrong and checks what an operator sees: a non-zero
 * exit within a minute and one sentence naming the setting, no stack trace.
 */
class StartupFailsFastIT {

    private static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar");

    @Test
    void badDatabaseUrlNamesTheSetting() throws Exception {
        Result result = start("-Dquarkus.datasource.jdbc.url=jdbc:h2:tcp://127.0.0.1:1/nowhere");

        assertThat(result.exitCode).isNotZero();
        assertThat(result.lastLine()).isEqualTo("The database is unreachable at jdbc:h2:tcp://127.0.0.1:1/nowhere"
                + " (setting quarkus.datasource.jdbc.url): Connection refused");
        assertThat(result.stackFrames()).isEmpty();
    }

    @Test
    void unreachableOpenSearchNamesTheSetting() throws Exception {
        Result result = start("-Dquarkus.hibernate-search-orm.elasticsearch.hosts=127.0.0.1:1",
                "-Dcc.data-dir=./target/it-data");

        assertThat(result.exitCode).isNotZero();
        assertThat(result.lastLine()).startsWith("OpenSearch is unreachable at [http://127.0.0.1:1]"
                + " (setting quarkus.hibernate-search-orm.elasticsearch.hosts): ConnectException");
        assertThat(result.stackFrames()).isEmpty();
    }

    @Test
    void productionRefusesTheDevelopmentOidcSecret() throws Exception {
        // no Keycloak runs here: Quarkus OIDC's own warning about that (with its stack trace) is not the subject
        Result result = startWithSignIn("-Dcc.data-dir=./target/it-data", "-Dquarkus.log.category.\"io.quarkus.oidc\".level=OFF");

        assertThat(result.exitCode).isNotZero();
        assertThat(result.lastLine()).startsWith("The OIDC client secret is the development default (setting quarkus.oidc.credentials.secret");
        assertThat(result.stackFrames()).isEmpty();
    }

    @Test
    void jsonLogsAreOneSettingAway() throws Exception {
        Result result = start("-Dquarkus.hibernate-search-orm.elasticsearch.hosts=127.0.0.1:1",
                "-Dcc.data-dir=./target/it-data", "-Dquarkus.log.console.json.enabled=true");

        List<String> logLines = result.lines.stream().filter(l -> l.startsWith("{")).toList();
        assertThat(logLines).isNotEmpty();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : logLines) {
            var entry = json.readTree(line);
            assertThat(entry.has("timestamp") && entry.has("level") && entry.has("message"))
                    .as("a structured log entry: %s", line).isTrue();
        }
        assertThat(result.lastLine()).startsWith("OpenSearch is unreachable");
    }

    private record Result(int exitCode, List<String> lines) {
        String lastLine() {
            return lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
        }

        List<String> stackFrames() {
            return lines.stream().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")).toList();
        }
    }

    private static Result start(String... settings) throws IOException, InterruptedException {
        // Keycloak is not the subject here (an unreachable one only warns: guests can still shop)
        List<String> withoutSignIn = new ArrayList<>(List.of("-Dquarkus.oidc.tenant-enabled=false", "-Dquarkus.oidc.api.tenant-enabled=false"));
        withoutSignIn.addAll(List.of(settings));
        return startWithSignIn(withoutSignIn.toArray(String[]::new));
    }

    /** The packaged store in production mode with its sign-in on and the committed defaults for what is not given. */
    private static Result startWithSignIn(String... settings) throws IOException, InterruptedException {
        assertThat(APP).as("the packaged store (mvn package runs before this test)").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dquarkus.http.port=0"));
        command.addAll(List.of(settings));
        command.addAll(List.of("-jar", APP.toString()));
        Path output = Files.createTempFile("startup", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The store neither started nor failed within 60 s:\n" + Files.readString(output));
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("WARNING: ")) // the JDK's own sun.misc.Unsafe notices about Netty
                .toList();
        return new Result(process.exitValue(), lines);
    }
}
