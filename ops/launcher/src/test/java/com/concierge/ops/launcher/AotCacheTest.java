package com.concierge.ops.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    @TempDir
    Path dir;

    private Path build() throws Exception {
        Path app = dir.resolve("quarkus-app");
        Files.createDirectories(app.resolve("lib/main"));
        Files.writeString(app.resolve("quarkus-run.jar"), "runner");
        Files.writeString(app.resolve("lib/main/a.jar"), "classes");
        return app.resolve("quarkus-run.jar");
    }

    @Test
    void theFirstStartOfABuildRecordsTheCacheAndTheNextUsesIt() throws Exception {
        Path jar = build();
        Path state = dir.resolve("state");
        AotCache first = AotCache.of(state, jar, 25, List.of("-Xmx512m"));
        assertThat(first.recording()).isTrue();
        assertThat(first.options()).contains("-XX:AOTCacheOutput=" + first.file());

        Files.writeString(first.file(), "cache the JVM wrote at exit");
        AotCache second = AotCache.of(state, jar, 25, List.of("-Xmx512m", "-Dquarkus.http.port=9090"));
        assertThat(second.file()).as("a system property does not change the cache").isEqualTo(first.file());
        assertThat(second.recording()).isFalse();
        assertThat(second.options()).containsExactly("-XX:AOTCache=" + first.file());
    }

    @Test
    void anotherBuildOrHeapGetsItsOwnCacheAndTheOldOneIsDeleted() throws Exception {
        Path jar = build();
        Path state = dir.resolve("state");
        AotCache before = AotCache.of(state, jar, 25, List.of("-Xmx512m"));
        Files.writeString(before.file(), "old cache");

        Files.writeString(jar.getParent().resolve("lib/main/a.jar"), "classes, rebuilt");
        Files.setLastModifiedTime(jar.getParent().resolve("lib/main/a.jar"), FileTime.from(Instant.now().plusSeconds(5)));
        AotCache rebuilt = AotCache.of(state, jar, 25, List.of("-Xmx512m"));
        assertThat(rebuilt.file()).isNotEqualTo(before.file());
        assertThat(rebuilt.recording()).isTrue();
        assertThat(before.file()).as("a cache of another build is never used again").doesNotExist();

        assertThat(AotCache.of(state, jar, 25, List.of("-Xmx1g")).file()).isNotEqualTo(rebuilt.file());
    }

    @Test
    void beforeJdk25ThereIsNoCache() throws Exception {
        assertThat(AotCache.of(dir.resolve("state"), build(), 21, List.of()).options()).isEmpty();
    }
}
