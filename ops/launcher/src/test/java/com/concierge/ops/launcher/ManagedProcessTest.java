package com.concierge.ops.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {

    @TempDir
    Path state;

    /** Everything a test started, killed at the end whatever happened. */
    private final List<ProcessHandle> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        for (ProcessHandle process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

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
            ManagedProcess service = track(ManagedProcess.start("svc", new ProcessBuilder(List.of("sh", "-c", "sleep 300 & wait")), state));
            ProcessHandle child = awaitChild(ProcessHandle.of(recordedPid()).orElseThrow());
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
    void thePidFileNamesTheServingJvmNotTheScriptThatStartedIt() throws Exception {
        int port = Ports.free();
        // like kc.sh: a shell that starts the JVM as its child and waits for it. The class name is
        // passed through the environment so that only the JVM's command line holds it.
        ProcessBuilder script = new ProcessBuilder(List.of("sh", "-c", "\"$JAVA\" -cp \"$CP\" \"$MAIN\" " + port + " & wait"));
        script.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        script.environment().put("CP", Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        script.environment().put("MAIN", FakeService.class.getName());

        ManagedProcess service = track(ManagedProcess.start("svc", script, state, ManagedProcess.Options.defaults()
                .servedBy(FakeService.class.getName()).withAttributes(Map.of("port", Integer.toString(port)))));
        long scriptPid = recordedPid();
        service.awaitHealthy(URI.create("http://127.0.0.1:" + port + "/health"), body -> body.contains("UP"), Duration.ofSeconds(30));

        PidFile recorded = PidFile.read(state.resolve("svc.pid")).orElseThrow();
        ProcessHandle jvm = ProcessHandle.of(recorded.pid()).orElseThrow();
        assertThat(recorded.pid()).as("the JVM, not the script").isNotEqualTo(scriptPid).isEqualTo(service.pid());
        assertThat(jvm.parent().map(ProcessHandle::pid)).contains(scriptPid);
        assertThat(PidFile.commandLine(jvm)).contains(FakeService.class.getName()).contains("java");
        assertThat(recorded.started()).isEqualTo(jvm.info().startInstant().map(i -> Instant.ofEpochMilli(i.toEpochMilli())));
        assertThat(recorded.attribute("port")).contains(Integer.toString(port));

        // the launcher was killed: stop (or the next start) goes by the pid file alone
        ManagedProcess.stopStale("svc", state.resolve("svc.pid"));

        assertThat(jvm.isAlive()).isFalse();
        assertThat(Ports.awaitFree(port, Duration.ofSeconds(5))).as("the port is free for the next start").isTrue();
        ProcessHandle.of(scriptPid).ifPresent(shell -> shell.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        assertThat(state.resolve("svc.pid")).doesNotExist();
    }

    @Test
    void nextStartStopsWhatAKilledLauncherLeftRunning() throws Exception {
        Process orphan = track(new ProcessBuilder("sh", "-c", "sleep 300 & wait").start());
        ProcessHandle orphanChild = awaitChild(orphan.toHandle());
        PidFile.of(orphan.toHandle(), Map.of()).writeTo(state.resolve("svc.pid"));

        ManagedProcess fresh = track(ManagedProcess.start("svc", new ProcessBuilder("sleep", "300"), state));
        try {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(orphanChild.isAlive()).as("the orphan's children too").isFalse();
            assertThat(recordedPid()).isEqualTo(fresh.pid()).isNotEqualTo(orphan.pid());
        } finally {
            fresh.close();
        }
    }

    @Test
    void aPidThatNowBelongsToAnotherProgramIsNeverKilled() throws Exception {
        Process unrelated = track(new ProcessBuilder("sleep", "300").start());
        Instant realStart = unrelated.toHandle().info().startInstant().orElseThrow();
        // the service recorded in the file exited long ago; the kernel gave its pid to "sleep"
        new PidFile(unrelated.pid(), java.util.Optional.of(realStart.minusSeconds(3600)), Map.of()).writeTo(state.resolve("svc.pid"));

        ManagedProcess.stopStale("svc", state.resolve("svc.pid"));

        assertThat(unrelated.isAlive()).isTrue();
        assertThat(state.resolve("svc.pid")).as("the stale file is gone").doesNotExist();

        ManagedProcess fresh = track(ManagedProcess.start("svc", new ProcessBuilder("sleep", "300"), state));
        fresh.close();
        assertThat(unrelated.isAlive()).isTrue();
    }

    @Test
    void anOlderLaunchersBarePidIsStoppedOnlyWhenItsCommandLineNamesTheService() throws Exception {
        Process unrelated = track(new ProcessBuilder("sleep", "301").start());
        Files.writeString(state.resolve("keycloak.pid"), Long.toString(unrelated.pid()));

        ManagedProcess.stopStale("keycloak", state.resolve("keycloak.pid"));
        assertThat(unrelated.isAlive()).as("'sleep 301' is not keycloak").isTrue();

        Files.writeString(state.resolve("sleep.pid"), Long.toString(unrelated.pid()));
        ManagedProcess.stopStale("sleep", state.resolve("sleep.pid"));
        assertThat(unrelated.waitFor(10, TimeUnit.SECONDS)).as("its command line names it").isTrue();
    }

    @Test
    void aTreeThatIgnoresSigtermIsKilledAfterTheGracePeriod() throws Exception {
        // sh and its sleep both ignore SIGTERM (an ignored signal stays ignored across exec)
        Process stubborn = track(new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 300 & wait").start());
        ProcessHandle child = awaitChild(stubborn.toHandle());
        long before = System.nanoTime();

        ManagedProcess.terminate(stubborn.toHandle(), Duration.ofSeconds(1));

        assertThat(stubborn.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(child.onExit().orTimeout(5, TimeUnit.SECONDS).join().isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void closeAlsoStopsTheServiceThatARestartStartedInItsPlace() throws Exception {
        ManagedProcess original = track(ManagedProcess.start("svc", new ProcessBuilder("sleep", "300"), state));

        // `restart svc` from another launcher: stops the original by the pid file, starts a detached successor
        ManagedProcess successor = track(ManagedProcess.start("svc", new ProcessBuilder("sleep", "302"), state,
                ManagedProcess.Options.defaults().detached(true)));
        assertThat(original.isAlive()).isFalse();
        assertThat(recordedPid()).isEqualTo(successor.pid());
        ProcessHandle successorHandle = ProcessHandle.of(successor.pid()).orElseThrow();

        original.close(); // the store launcher stops (Ctrl-C)

        assertThat(successorHandle.onExit().orTimeout(10, TimeUnit.SECONDS).join().isAlive()).isFalse();
        assertThat(state.resolve("svc.pid")).doesNotExist();
    }

    @Test
    void aDetachedServiceRunsInASessionOfItsOwnAndAppendsToItsLog() throws Exception {
        assumeTrue(!OsUser.newSession().isEmpty(), "needs setsid");
        Files.writeString(state.resolve("svc.log"), "earlier output\n");

        ManagedProcess detached = track(ManagedProcess.start("svc", new ProcessBuilder("sh", "-c", "echo service output; sleep 300"), state,
                ManagedProcess.Options.defaults().detached(true)));
        try {
            assertThat(detached.pid()).as("setsid execs: the pid is the service's").isEqualTo(recordedPid());
            for (int i = 0; i < 100 && !Files.readString(state.resolve("svc.log")).contains("service output"); i++) {
                ManagedProcess.sleep(Duration.ofMillis(50));
            }
            // the output shows setsid has run and exec'd the service
            assertThat(sessionOf(detached.pid())).as("session leader").isEqualTo(detached.pid());
            assertThat(Files.readString(state.resolve("svc.log"))).startsWith("earlier output\n").contains("started again").contains("service output");
        } finally {
            detached.close();
        }
    }

    private static long sessionOf(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(afterName[3]); // state ppid pgrp session
    }

    private ManagedProcess track(ManagedProcess process) {
        started.add(ProcessHandle.of(process.pid()).orElseThrow());
        return process;
    }

    private Process track(Process process) {
        started.add(process.toHandle());
        return process;
    }

    private long recordedPid() {
        return PidFile.read(state.resolve("svc.pid")).orElseThrow().pid();
    }

    private static ProcessHandle awaitChild(ProcessHandle parent) {
        for (int i = 0; i < 100; i++) {
            var child = parent.children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            ManagedProcess.sleep(Duration.ofMillis(50));
        }
        throw new AssertionError("no child process appeared");
    }
}
