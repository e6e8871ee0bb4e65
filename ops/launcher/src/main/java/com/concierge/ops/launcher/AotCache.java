package com.concierge.ops.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The store's ahead-of-time cache (JDK 25's AOT cache, JEP 483/514), kept in the state directory:
 * the classes the store loaded and linked in an earlier run, so the next start skips that work
 * (docs/performance.md#start-up, ADR 23). The first start with a given build records it and the
 * JVM writes it when the store stops; every later start of the same build, JDK and options uses it.
 * A cache the JVM cannot use is ignored by the JVM with a warning, never a reason not to start.
 *
 * @param file    where the cache for this build lives
 * @param options the JVM options that record or use it; empty below JDK 25
 */
record AotCache(Path file, List<String> options) {

    /** The first JDK whose JVM records the cache in one run, writing it at exit ({@code -XX:AOTCacheOutput}). */
    static final int FIRST_JDK = 25;
    private static final String PREFIX = "store-";
    private static final String SUFFIX = ".aot";

    /**
     * The cache for this store build, in {@code state/aot}: used when it exists, recorded otherwise;
     * caches of other builds are deleted (each is about 150 MB).
     *
     * @param app        the store's {@code quarkus-run.jar}; every file of its folder is part of the build
     * @param jdkFeature the feature version of the JDK the store runs on
     * @param jvmOptions the other options the store is started with (a cache is only good for the same ones)
     */
    static AotCache of(Path state, Path app, int jdkFeature, List<String> jvmOptions) {
        if (jdkFeature < FIRST_JDK) {
            return new AotCache(null, List.of());
        }
        Path folder = state.resolve("aot");
        Path file = folder.resolve(PREFIX + fingerprint(app.getParent(), jvmOptions) + SUFFIX);
        try {
            Files.createDirectories(folder);
            try (Stream<Path> old = Files.list(folder)) {
                for (Path other : old.filter(p -> p.getFileName().toString().startsWith(PREFIX) && !p.equals(file)).toList()) {
                    Files.deleteIfExists(other);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the ahead-of-time cache folder " + folder + " cannot be written", e);
        }
        return new AotCache(file, Files.isRegularFile(file) ? List.of("-XX:AOTCache=" + file)
                // the classes it cannot keep (optional TLS and XML support never loaded, JFR events) are listed as
                // warnings when the cache is written; they are expected, so only errors are shown
                : List.of("-XX:AOTCacheOutput=" + file, "-Xlog:aot*=error"));
    }

    /** Whether this start records the cache (written when the store stops) rather than using one. */
    boolean recording() {
        return options.stream().anyMatch(o -> o.startsWith("-XX:AOTCacheOutput="));
    }

    /** Every file of the build (path, size, time), the JVM and its flags: another build, JVM or flag gets another cache. */
    static String fingerprint(Path build, List<String> jvmOptions) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (Stream<Path> files = Files.walk(build)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update((build.relativize(file) + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            // system properties (ports, folders) do not change which classes a JVM may take from the cache; its flags do
            List<String> flags = jvmOptions.stream().filter(o -> !o.startsWith("-D")).toList();
            digest.update((System.getProperty("java.home") + "|" + Runtime.version() + "|" + String.join(" ", flags))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("the store's files at " + build + " cannot be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
