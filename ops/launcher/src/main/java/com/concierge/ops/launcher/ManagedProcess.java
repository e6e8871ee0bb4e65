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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One child process whose output goes to a log file, with a health wait that gives up early
 * when the process dies and a stop that asks politely (SIGTERM) before it insists.
 *
 * <p>The pid file ({@link PidFile}) names the process that actually serves: a start script such
 * as Keycloak's {@code kc.sh} starts the JVM as its child, and stopping the script alone would
 * leave the JVM running with the port taken. {@link Options#servingMarker} says how to recognise
 * the serving process among the started process and its descendants; once it is healthy the pid
 * file is rewritten to name it.
 */
public final class ManagedProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    /**
     * @param servingMarker text in the command line of the process that serves (e.g. the JVM's
     *                      main class); null when the started process itself serves
     * @param detached      start it in a session of its own ({@code setsid}) and append to its
     *                      log: for a service that must outlive the launcher ({@code restart})
     * @param attributes    settings recorded in the pid file next to the pid (port, ...)
     */
    public record Options(String servingMarker, boolean detached, Map<String, String> attributes) {

        public Options {
            attributes = Map.copyOf(attributes);
        }

        public static Options defaults() {
            return new Options(null, false, Map.of());
        }

        public Options servedBy(String marker) {
            return new Options(marker, detached, attributes);
        }

        public Options detached(boolean detach) {
            return new Options(servingMarker, detach, attributes);
        }

        public Options withAttributes(Map<String, String> recorded) {
            return new Options(servingMarker, detached, recorded);
        }
    }

    private final String name;
    private final Process process;
    private final Path log;
    private final Path pidFile;
    private final Options options;
    private volatile ProcessHandle serving;

    private ManagedProcess(String name, Process process, Path log, Path pidFile, Options options) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
        this.options = options;
        this.serving = process.toHandle();
    }

    /**
     * Starts {@code command}; output goes to {@code <stateDir>/<name>.log} and the pid to
     * {@code <stateDir>/<name>.pid}, so a later {@code stop} (or the next start) can find a
     * process whose launcher died.
     */
    public static ManagedProcess start(String name, ProcessBuilder command, Path stateDir) {
        return start(name, command, stateDir, Options.defaults());
    }

    /**
     * As {@link #start(String, ProcessBuilder, Path)}; first stops what the pid file names (when it
     * is still that process), then starts {@code command} as {@code options} say.
     */
    public static ManagedProcess start(String name, ProcessBuilder command, Path stateDir, Options options) {
        try {
            Files.createDirectories(stateDir);
            Path pidFile = stateDir.resolve(name + ".pid");
            stopRecorded(name, pidFile, "Stopping " + name + " left running by an earlier launcher");
            Path log = stateDir.resolve(name + ".log");
            if (options.detached()) {
                List<String> inNewSession = new ArrayList<>(OsUser.newSession());
                inNewSession.addAll(command.command());
                command.command(inNewSession);
                Files.writeString(log, System.lineSeparator() + "---- cc-launcher: " + name + " started again at " + Instant.now()
                        + System.lineSeparator(), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                command.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            } else {
                command.redirectOutput(log.toFile());
            }
            command.redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process process = command.start();
            process.getOutputStream().close(); // nothing to say on stdin; closing it keeps no pipe open
            ManagedProcess started = new ManagedProcess(name, process, log, pidFile, options);
            started.recordPid(); // the started process for now; the serving one once it is known
            return started;
        } catch (IOException e) {
            throw new LauncherException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Polls {@code url} until {@code healthy} accepts the body of a 2xx answer, then records the
     * serving process in the pid file.
     */
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
                    identifyServingProcess();
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

    /**
     * Finds the serving process (the started one, or the first descendant whose command line
     * holds the marker) and writes it to the pid file. Without a marker, or when none matches
     * (yet), the pid file keeps naming the started process, whose tree a stop takes down anyway.
     */
    public ProcessHandle identifyServingProcess() {
        if (options.servingMarker() != null) {
            ProcessHandle root = process.toHandle();
            Optional<ProcessHandle> found = Stream.concat(Stream.of(root), root.descendants())
                    .filter(ProcessHandle::isAlive)
                    .filter(candidate -> PidFile.commandLine(candidate).contains(options.servingMarker()))
                    .findFirst();
            if (found.isPresent() && found.get().pid() != serving.pid()) {
                serving = found.get();
                recordPid();
            }
        }
        return serving;
    }

    private void recordPid() {
        PidFile.of(serving, options.attributes()).writeTo(pidFile);
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public Path pidFile() {
        return pidFile;
    }

    /** The process the pid file names: the serving one once {@link #awaitHealthy} saw it healthy. */
    public long pid() {
        return serving.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Stops the started process tree (descendants first, SIGKILL after 30 s) and deletes the pid
     * file; idempotent. When {@code restart} replaced the service meanwhile, the pid file names
     * the replacement, which this stops too: whoever started a service in a state folder owns it
     * until it closes, however often it was restarted.
     */
    @Override
    public void close() {
        if (process.isAlive()) {
            terminate(process.toHandle(), STOP_GRACE);
        }
        boolean replaced = PidFile.read(pidFile).map(recorded -> recorded.pid() != serving.pid()).orElse(false);
        stopRecorded(name, pidFile, replaced ? "Stopping " + name + " (started again by restart)" : "Stopping " + name);
    }

    /**
     * Stops the process a pid file names, if it is still that process (not a recycled pid), and
     * deletes the file; returns the pid it stopped.
     */
    static Optional<Long> stopRecorded(String name, Path pidFile, String announcement) {
        Optional<PidFile> recorded = PidFile.read(pidFile);
        Optional<ProcessHandle> running = recorded.flatMap(file -> file.runningProcess(name));
        running.ifPresent(process -> {
            System.out.println(announcement + " (pid " + process.pid() + ")");
            terminate(process, STOP_GRACE);
        });
        if (recorded.isPresent() && running.isEmpty() && ProcessHandle.of(recorded.get().pid()).map(ProcessHandle::isAlive).orElse(false)) {
            System.out.println("Not stopping pid " + recorded.get().pid() + " named in " + pidFile
                    + ": it is another program now (the " + name + " it named has exited)");
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return running.map(ProcessHandle::pid);
    }

    /** Stops what {@code pidFile} names (see {@link #stopRecorded}); for {@code stop}. */
    static void stopStale(String name, Path pidFile) {
        stopRecorded(name, pidFile, "Stopping " + name + " left running by an earlier launcher");
    }

    /**
     * Stops {@code root} and its whole tree: SIGTERM to the descendants (deepest first) and a wait
     * for them, then to {@code root}, all within {@code grace}; whatever still runs then gets
     * SIGKILL and up to 10 s more to go.
     */
    static void terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> descendants = new ArrayList<>();
        collectDeepestFirst(root, descendants);
        long deadline = System.nanoTime() + grace.toNanos();
        descendants.forEach(ProcessHandle::destroy);
        awaitExit(descendants, deadline);
        root.destroy();
        awaitExit(List.of(root), deadline);
        List<ProcessHandle> everyone = new ArrayList<>(descendants);
        everyone.add(root);
        List<ProcessHandle> stubborn = everyone.stream().filter(ProcessHandle::isAlive).toList();
        if (!stubborn.isEmpty()) {
            stubborn.forEach(ProcessHandle::destroyForcibly);
            awaitExit(stubborn, System.nanoTime() + Duration.ofSeconds(10).toNanos());
        }
    }

    private static void collectDeepestFirst(ProcessHandle parent, List<ProcessHandle> into) {
        parent.children().forEach(child -> {
            collectDeepestFirst(child, into);
            into.add(child);
        });
    }

    private static void awaitExit(List<ProcessHandle> processes, long deadlineNanos) {
        for (ProcessHandle process : processes) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                process.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception stillRunning) {
                // the caller insists
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
