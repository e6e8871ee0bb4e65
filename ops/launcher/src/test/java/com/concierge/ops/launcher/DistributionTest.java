package com.concierge.ops.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionTest {

    @TempDir
    Path temp;

    @Test
    void unpacksOnceWithoutTheTopFolderAndMakesScriptsExecutable() throws IOException {
        Path zip = zip("service.zip", Map.of("service-1.0/bin/run.sh", "#!/bin/sh\necho hi\n", "service-1.0/conf/app.conf", "a=1\n"));
        Distribution distribution = new Distribution("service", "1.0", zip);

        Path home = distribution.unpackInto(temp.resolve("cache"));

        assertThat(home).isEqualTo(temp.resolve("cache/service-1.0"));
        assertThat(Files.isExecutable(home.resolve("bin/run.sh"))).isTrue();
        assertThat(home.resolve("conf/app.conf")).hasContent("a=1");

        Files.writeString(home.resolve("conf/app.conf"), "changed");
        assertThat(distribution.unpackInto(temp.resolve("cache"))).isEqualTo(home);
        assertThat(home.resolve("conf/app.conf")).as("a second start reuses the unpacked copy").hasContent("changed");
        try (var leftovers = Files.list(temp.resolve("cache"))) {
            assertThat(leftovers).containsExactly(home);
        }
    }

    @Test
    void refusesEntriesThatEscapeTheTargetFolder() throws IOException {
        Path zip = zip("evil.zip", Map.of("top/../../escaped.txt", "gotcha"));

        assertThatThrownBy(() -> new Distribution("evil", "1", zip).unpackInto(temp.resolve("cache")))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("outside the target");
        assertThat(temp.resolve("escaped.txt")).doesNotExist();
        assertThat(temp.resolve("cache/evil-1")).doesNotExist();
    }

    @Test
    void explainsAMissingZip() {
        assertThatThrownBy(() -> new Distribution("gone", "1", temp.resolve("gone.zip")).unpackInto(temp.resolve("cache")))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("run ./mvnw -pl ops/launcher package");
    }

    @Test
    void theBuildRecordedWhereMavenPutTheRealDistributions() {
        assertThat(Distribution.of("opensearch").zip()).exists();
        assertThat(Distribution.of("keycloak").zip()).exists();
        assertThat(Distribution.of("opensearch").version()).startsWith("3.");
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path zip = temp.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
