package com.concierge.ops.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <state>/<name>.pid}: which process serves a service, so that {@code stop}, the next
 * start or {@code restart} can stop it after the launcher that started it died.
 *
 * <pre>
 * pid=12345
 * started=1767225600123      (the process's start time, epoch milliseconds)
 * port=8180                  (and other settings of the service, for restart)
 * </pre>
 *
 * A pid alone is not an identity: once the process is gone the kernel hands the number to the
 * next process, maybe an editor or a database. So a pid is stopped only when the process holding
 * it now started at the recorded time. Files of older launchers hold a bare pid; those are
 * stopped only when the process's command line names the service ("keycloak", "opensearch").
 */
record PidFile(long pid, Optional<Instant> started, Map<String, String> attributes) {

    PidFile {
        attributes = Map.copyOf(attributes);
    }

    /** The identity of {@code process} as it is now, with {@code attributes} alongside. */
    static PidFile of(ProcessHandle process, Map<String, String> attributes) {
        return new PidFile(process.pid(), process.info().startInstant(), attributes);
    }

    /** Writes the file atomically (readers never see half a file). */
    void writeTo(Path file) {
        StringBuilder text = new StringBuilder()
                .append("# cc-launcher: the process that serves this service; checked (pid and start time) before it is stopped\n")
                .append("pid=").append(pid).append('\n');
        started.ifPresent(instant -> text.append("started=").append(instant.toEpochMilli()).append('\n'));
        attributes.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try {
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--")); // as any pid file
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The file's content, empty when there is no file or it holds no pid. */
    static Optional<PidFile> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (text.matches("\\d+")) { // an older launcher's file: the pid alone
            return Optional.of(new PidFile(Long.parseLong(text), Optional.empty(), Map.of()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0) {
                values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        String pid = values.remove("pid");
        String started = values.remove("started");
        if (pid == null || !pid.matches("\\d+") || (started != null && !started.matches("\\d+"))) {
            return Optional.empty();
        }
        return Optional.of(new PidFile(Long.parseLong(pid),
                Optional.ofNullable(started).map(millis -> Instant.ofEpochMilli(Long.parseLong(millis))), values));
    }

    Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    /**
     * The process this file names, if it is still running and is still that process: same start
     * time when the file recorded one, else (an older launcher's file) a command line that
     * contains {@code legacyMarker}. Anything else is a recycled pid and is left alone.
     */
    Optional<ProcessHandle> runningProcess(String legacyMarker) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> isSameProcess(process, legacyMarker));
    }

    boolean isSameProcess(ProcessHandle process, String legacyMarker) {
        if (started.isPresent()) {
            Optional<Instant> now = process.info().startInstant();
            return now.isPresent() && now.get().toEpochMilli() == started.get().toEpochMilli();
        }
        return commandLine(process).toLowerCase(Locale.ROOT).contains(legacyMarker.toLowerCase(Locale.ROOT));
    }

    /**
     * The full command line of {@code process}, or "" when unknown. Linux: read from /proc, because
     * {@link ProcessHandle.Info#commandLine()} gives up on long ones (a JVM's often is).
     */
    static String commandLine(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            byte[] raw = Files.readAllBytes(proc);
            if (raw.length > 0) {
                return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').strip();
            }
        } catch (IOException | SecurityException notLinuxOrGone) {
            // fall back to what the JDK knows
        }
        return process.info().commandLine().or(() -> process.info().command()).orElse("");
    }
}
