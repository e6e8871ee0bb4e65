package com.concierge.ops.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A service distribution that Maven downloaded into the local repository, unpacked once
 * into a cache directory that survives {@code mvn clean}. A second start needs neither
 * network nor unpacking.
 */
public record Distribution(String name, String version, Path zip) {

    private static final Properties LOCATIONS = load();

    /** The distribution the build of this launcher resolved for {@code name} ("opensearch", "keycloak"). */
    public static Distribution of(String name) {
        String version = LOCATIONS.getProperty(name + ".version");
        String zip = LOCATIONS.getProperty(name + ".zip");
        if (version == null || zip == null || zip.startsWith("${")) {
            throw new LauncherException("The launcher jar does not know where the " + name
                    + " distribution is; rebuild it with ./mvnw -pl ops/launcher package");
        }
        return new Distribution(name, version, Path.of(zip));
    }

    /**
     * Unpacks the zip below {@code cacheDir} unless an earlier run already did, and returns the
     * distribution's home directory. Unpacking goes to a temporary sibling that is renamed at
     * the end, so an interrupted run never leaves a half-unpacked home behind.
     */
    public Path unpackInto(Path cacheDir) {
        Path home = cacheDir.resolve(name + "-" + version);
        if (Files.isDirectory(home)) {
            return home;
        }
        if (!Files.isRegularFile(zip)) {
            throw new LauncherException("Missing " + zip + ": run ./mvnw -pl ops/launcher package once with network access");
        }
        try {
            Files.createDirectories(cacheDir);
            Path staging = Files.createTempDirectory(cacheDir, name + "-unpacking-");
            try (ZipFile archive = new ZipFile(zip.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                    Path target = staging.resolve(stripTopDirectory(entry.getName())).normalize();
                    if (!target.startsWith(staging)) {
                        throw new LauncherException("Refusing zip entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    // Zip entries carry no POSIX modes through java.util.zip: scripts live in bin/.
                    if (target.getParent().getFileName().toString().equals("bin")) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
            openLikeAnyFolder(staging);
            try {
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.isDirectory(home)) {
                    throw raced;
                }
                deleteTree(staging); // another launcher unpacked it at the same time
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Unpacking " + zip + " into " + cacheDir + " failed", e);
        }
    }

    private static String stripTopDirectory(String entryName) {
        int slash = entryName.indexOf('/');
        return slash < 0 ? entryName : entryName.substring(slash + 1);
    }

    /** createTempDirectory makes the staging folder 0700; the unpacked home must be readable by the service user. */
    private static void openLikeAnyFolder(Path root) throws IOException {
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Distribution.class.getResourceAsStream("distributions.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
