package com.concierge.ops.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code restart opensearch|keycloak [--state .data] [--opensearch-port N] [--keycloak-port N]
 * [--realm FILE] [--new-keys]}: the arguments, checked. A port or realm left out means the one
 * the pid file recorded (the running service's), else the default.
 */
record RestartCommand(String service, Path state, OptionalInt port, Optional<Path> realm, boolean newKeys) {

    static final String USAGE = "usage: restart opensearch|keycloak [--state .data] [--opensearch-port 9200] [--keycloak-port 8180]"
            + " [--realm FILE] [--new-keys]  (--new-keys: keycloak only)";

    private static final Set<String> VALUED = Set.of("state", "opensearch-port", "keycloak-port", "realm");

    /** {@code args}: what follows the word {@code restart}. */
    static RestartCommand parse(List<String> args) {
        if (args.isEmpty() || !(args.get(0).equals("opensearch") || args.get(0).equals("keycloak"))) {
            throw new LauncherException(USAGE);
        }
        String service = args.get(0);
        Path state = Path.of(".data");
        OptionalInt openSearchPort = OptionalInt.empty();
        OptionalInt keycloakPort = OptionalInt.empty();
        Optional<Path> realm = Optional.empty();
        boolean newKeys = false;
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--new-keys")) {
                newKeys = true;
                continue;
            }
            if (!option.startsWith("--") || !VALUED.contains(option.substring(2))) {
                throw new LauncherException("unknown option " + option + "; " + USAGE);
            }
            if (i + 1 >= args.size()) {
                throw new LauncherException(option + " needs a value; " + USAGE);
            }
            String value = args.get(++i);
            switch (option.substring(2)) {
                case "state" -> state = Path.of(value);
                case "opensearch-port" -> openSearchPort = OptionalInt.of(port(option, value));
                case "keycloak-port" -> keycloakPort = OptionalInt.of(port(option, value));
                case "realm" -> realm = Optional.of(Path.of(value).toAbsolutePath());
                default -> throw new IllegalStateException(option);
            }
        }
        if (newKeys && !service.equals("keycloak")) {
            throw new LauncherException("--new-keys is for keycloak: OpenSearch has no signing keys; " + USAGE);
        }
        return new RestartCommand(service, state.toAbsolutePath(),
                service.equals("keycloak") ? keycloakPort : openSearchPort, realm, newKeys);
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // explained below
        }
        throw new LauncherException(option + " must be a port number (1-65535), not " + value);
    }

    /** The port the service runs on: as given, else as the pid file recorded, else the default. */
    int portOr(Optional<PidFile> recorded, int defaultPort) {
        if (port.isPresent()) {
            return port.getAsInt();
        }
        return recorded.flatMap(file -> file.attribute("port")).filter(p -> p.matches("\\d+")).map(Integer::parseInt).orElse(defaultPort);
    }

    /** The realm file: as given, else as the pid file recorded, else {@code defaultRealm} (relative to here). */
    Path realmOr(Optional<PidFile> recorded, String defaultRealm) {
        return realm.or(() -> recorded.flatMap(file -> file.attribute("realm")).map(Path::of))
                .orElse(Path.of(defaultRealm)).toAbsolutePath();
    }
}
