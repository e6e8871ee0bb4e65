package com.concierge.ops.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One child process whose output goes to a log file, with a health wait that gives up early
 * when the process dies and a stop that asks politely (SIGTERM) before it insists.
 */
public final class ManagedProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final Path pidFile;

    private ManagedProcess(String name, Process process, Path log, Path pidFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    /**
     * Starts {@code command}; output goes to {@code <stateDir>/<name>.log} and the pid to
     * {@code <stateDir>/<name>.pid}, so a later {@code stop} (or the next start) can find a
     * process whose launcher died.
     */
    public static ManagedProcess start(String name, ProcessBuilder command, Path stateDir) {
        try {
            Files.createDirectories(stateDir);
            Path pidFile = stateDir.resolve(name + ".pid");
            stopStale(name, pidFile);
            Path log = stateDir.resolve(name + ".log");
            command.redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process process = command.start();
            process.getOutputStream().close(); // nothing to say on stdin; closing it keeps no pipe open
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ManagedProcess(name, process, log, pidFile);
        } catch (IOException e) {
            throw new LauncherException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Polls {@code url} until {@code healthy} accepts the body of a 2xx answer. */
    public void awaitHealthy(URI url, Predicate<String> healthy, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LauncherException(name + " exited with code " + process.exitValue()
                        + " before it was healthy. Last lines of " + log + ":\n" + tail(30));
            }
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2 && healthy.test(response.body())) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LauncherException("Interrupted while waiting for " + name);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new LauncherException(name + " was not healthy at " + url + " after " + timeout.toSeconds()
                + " s. Last lines of " + log + ":\n" + tail(30));
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM to the process and its descendants, SIGKILL after 30 s; idempotent. */
    @Override
    public void close() {
        terminate(process.toHandle(), Duration.ofSeconds(30));
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the process a pid file names, if it is still running (its launcher was killed). */
    static void stopStale(String name, Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile).strip();
        Files.delete(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).ifPresent(stale -> {
            System.out.println("Stopping " + name + " left running by an earlier launcher (pid " + pid + ")");
            terminate(stale, Duration.ofSeconds(30));
        });
    }

    static void terminate(ProcessHandle handle, Duration grace) {
        List<ProcessHandle> family = new java.util.ArrayList<>(handle.descendants().toList());
        family.add(0, handle);
        family.forEach(ProcessHandle::destroy);
        for (ProcessHandle member : family) {
            try {
                member.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception stillRunning) {
                member.destroyForcibly();
            }
        }
    }

    private String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted");
        }
    }
}
