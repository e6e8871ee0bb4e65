package com.concierge.ops.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path dir;

    @Test
    void recordsThePidItsStartTimeAndTheServicesSettings() {
        ProcessHandle self = ProcessHandle.current();
        PidFile.of(self, Map.of("port", "8380", "realm", "/srv/realm.json")).writeTo(dir.resolve("svc.pid"));

        PidFile read = PidFile.read(dir.resolve("svc.pid")).orElseThrow();

        assertThat(read.pid()).isEqualTo(self.pid());
        assertThat(read.started().map(Instant::toEpochMilli)).isEqualTo(self.info().startInstant().map(Instant::toEpochMilli));
        assertThat(read.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of("port", "8380", "realm", "/srv/realm.json"));
        assertThat(read.runningProcess("svc")).as("same pid, same start time").contains(self);
    }

    @Test
    void aDifferentStartTimeIsAnotherProcessWhateverItsCommandLine() {
        ProcessHandle self = ProcessHandle.current();
        Instant started = self.info().startInstant().orElseThrow();

        assertThat(new PidFile(self.pid(), Optional.of(started.plusMillis(10)), Map.of()).runningProcess("java")).isEmpty();
        assertThat(new PidFile(self.pid(), Optional.of(started), Map.of()).runningProcess("no-such-marker")).contains(self);
    }

    @Test
    void readsAnOlderLaunchersBarePidAndIgnoresGarbage() throws IOException {
        Files.writeString(dir.resolve("old.pid"), "4242\n");
        Files.writeString(dir.resolve("garbage.pid"), "pid=twelve\n");
        Files.writeString(dir.resolve("empty.pid"), "");

        assertThat(PidFile.read(dir.resolve("old.pid"))).contains(new PidFile(4242, Optional.empty(), Map.of()));
        assertThat(PidFile.read(dir.resolve("garbage.pid"))).isEmpty();
        assertThat(PidFile.read(dir.resolve("empty.pid"))).isEmpty();
        assertThat(PidFile.read(dir.resolve("missing.pid"))).isEmpty();
    }

    @Test
    void withoutAStartTimeTheCommandLineMustNameTheService() {
        ProcessHandle self = ProcessHandle.current(); // a JVM running the tests: "java" is in its command line
        PidFile legacy = new PidFile(self.pid(), Optional.empty(), Map.of());

        assertThat(legacy.runningProcess("JAVA")).contains(self);
        assertThat(legacy.runningProcess("keycloak")).isEmpty();
    }

    @Test
    void readsTheFullCommandLine() {
        assertThat(PidFile.commandLine(ProcessHandle.current())).contains("java");
    }
}
