package com.concierge.ops.launcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keycloak in development mode on loopback with an in-memory database. The realm file is
 * imported through the admin REST API after start-up (not from {@code data/import}), so
 * several instances can share one unpacked distribution, and every start begins from the
 * realm file as committed.
 *
 * <p>Because the database is in memory, a restarted Keycloak knows only what the launcher gives
 * it again. What a running store depends on is kept in {@value #SECRETS_FILE} in the state folder
 * (mode 600): the {@code concierge-app} client secret the store got in its environment, the
 * bootstrap admin's password and the realm's RS256 signing key (imported with the realm, so
 * tokens signed before a restart still verify after it). {@code store} and {@code services}
 * write fresh ones at every start; {@code restart keycloak} reuses them, with a fresh signing key
 * when asked ({@code --new-keys}).
 */
final class KeycloakServer {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REALM_NAME = Pattern.compile("\"realm\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_OBJECT = Pattern.compile("\\{[^{}]*\\}");

    /** The main class of the Keycloak JVM that {@code kc.sh} starts as its child: the process the pid file names. */
    static final String SERVING_MARKER = "io.quarkus.bootstrap.runner.QuarkusEntryPoint";

    /** In the state folder: what a restarted Keycloak must reuse so the running store keeps working. */
    static final String SECRETS_FILE = "keycloak.secrets";

    private KeycloakServer() {
    }

    /**
     * The store's client secret as the realm file has it. Every start gives the client a fresh one
     * instead ({@link Started#appClientSecret}), which the launcher hands to the store: the store
     * refuses this one in production mode.
     */
    static final String DEV_APP_SECRET = "concierge-app-dev-secret-change-me";

    record Started(ManagedProcess process, String realm, String adminPassword, String appClientSecret, String signingKeyId) {
    }

    /**
     * What a restarted Keycloak reuses. {@code signingKey} is an RSA private key (PKCS#8, base64);
     * {@code signingCertificate} the self-signed certificate Keycloak made for it on the first
     * import (DER, base64; null until then), reused so the published key set stays the same.
     */
    record Secrets(String appClientSecret, String adminPassword, String signingKey, String signingCertificate) {

        static Secrets fresh() {
            return new Secrets(random(24), random(12), newSigningKey(), null);
        }

        Secrets withNewSigningKey() {
            return new Secrets(appClientSecret, adminPassword, newSigningKey(), null);
        }

        Secrets withSigningCertificate(String certificate) {
            return new Secrets(appClientSecret, adminPassword, signingKey, certificate);
        }

        /** The public half of the signing key. */
        RSAPublicKey signingPublicKey() {
            try {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(signingKey)));
                return (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
                throw new LauncherException("The signing key in " + SECRETS_FILE + " is not an RSA private key: " + e.getMessage(), e);
            }
        }

        /** The key id Keycloak gives the signing key: base64url of the SHA-256 of the public key's X.509 encoding. */
        String signingKeyId() {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(signingPublicKey().getEncoded());
                return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The certificate when it is still valid and belongs to the signing key, else empty (Keycloak then makes one). */
        Optional<String> usableCertificate() {
            if (signingCertificate == null) {
                return Optional.empty();
            }
            try {
                X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(signingCertificate)));
                certificate.checkValidity();
                return certificate.getPublicKey().equals(signingPublicKey()) ? Optional.of(signingCertificate) : Optional.empty();
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        /** Writes {@code <stateDir>/keycloak.secrets}, readable by the owner only. */
        void writeTo(Path stateDir) {
            Properties properties = new Properties();
            properties.setProperty("app-client-secret", appClientSecret);
            properties.setProperty("admin-password", adminPassword);
            properties.setProperty("signing-key", signingKey);
            if (signingCertificate != null) {
                properties.setProperty("signing-certificate", signingCertificate);
            }
            try {
                Files.createDirectories(stateDir);
                // createTempFile makes the file 0600 before anything is written to it
                Path temp = Files.createTempFile(stateDir, SECRETS_FILE, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (var out = Files.newOutputStream(temp)) {
                    properties.store(out, "cc-launcher: Keycloak's secrets for this state folder; restart keycloak reuses them");
                }
                Files.move(temp, stateDir.resolve(SECRETS_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + stateDir.resolve(SECRETS_FILE), e);
            }
        }

        static Optional<Secrets> readFrom(Path stateDir) {
            Properties properties = new Properties();
            try (var in = Files.newInputStream(stateDir.resolve(SECRETS_FILE))) {
                properties.load(in);
            } catch (NoSuchFileException none) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + stateDir.resolve(SECRETS_FILE), e);
            }
            String secret = properties.getProperty("app-client-secret");
            String password = properties.getProperty("admin-password");
            String key = properties.getProperty("signing-key");
            if (secret == null || password == null || key == null) {
                throw new LauncherException(stateDir.resolve(SECRETS_FILE) + " is incomplete; restart the store instead");
            }
            return Optional.of(new Secrets(secret, password, key, properties.getProperty("signing-certificate")));
        }

        @Override
        public String toString() { // never in a log or an exception message
            return "Secrets[...]";
        }
    }

    /** Starts Keycloak with fresh secrets (saved for a later restart); stops with the launcher. */
    static Started start(Path home, Path stateDir, int httpPort, Path javaHome, Path realmFile, Duration timeout) {
        return launch(home, stateDir, httpPort, javaHome, realmFile, timeout, Secrets.fresh(), false);
    }

    /**
     * Starts Keycloak again for a store that is already running: same client secret and admin
     * password, same signing key unless {@code newSigningKey}; detached, so it outlives the
     * {@code restart} command. The caller stopped the old one.
     */
    static Started restart(Path home, Path stateDir, int httpPort, Path javaHome, Path realmFile, Duration timeout,
                           boolean newSigningKey) {
        Secrets secrets = savedSecrets(stateDir);
        return launch(home, stateDir, httpPort, javaHome, realmFile, timeout,
                newSigningKey ? secrets.withNewSigningKey() : secrets, true);
    }

    /** The secrets of the Keycloak the running store uses, or a failure that says what to do instead. */
    static Secrets savedSecrets(Path stateDir) {
        return Secrets.readFrom(stateDir).orElseThrow(() -> new LauncherException("No " + stateDir.resolve(SECRETS_FILE)
                + ": no launcher that keeps Keycloak's secrets started Keycloak in this state folder, so the client secret"
                + " the store holds is unknown and a restarted Keycloak would refuse the store. Restart the store instead."));
    }

    private static Started launch(Path home, Path stateDir, int httpPort, Path javaHome, Path realmFile, Duration timeout,
                                  Secrets secrets, boolean detached) {
        String realmJson = read(realmFile);
        Matcher realmName = REALM_NAME.matcher(realmJson);
        if (!realmName.find()) {
            throw new LauncherException("The realm file " + realmFile + " has no \"realm\" name");
        }
        secrets.writeTo(stateDir);
        int managementPort = Ports.free();
        // The same build options every time: Keycloak then re-augments only on the first start.
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--db=dev-mem", "--health-enabled=true",
                "--http-host=127.0.0.1", "--http-port=" + httpPort, "--http-management-port=" + managementPort))
                .directory(home.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED"); // jboss-threads on JDK 24+
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.adminPassword());
        ManagedProcess process = ManagedProcess.start("keycloak", builder, stateDir, ManagedProcess.Options.defaults()
                .servedBy(SERVING_MARKER)
                .detached(detached)
                .withAttributes(Map.of("port", Integer.toString(httpPort), "realm", realmFile.toAbsolutePath().toString())));
        try {
            process.awaitHealthy(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"),
                    body -> body.contains("\"UP\""), timeout);
            URI base = URI.create("http://127.0.0.1:" + httpPort);
            importRealm(base, secrets.adminPassword(), realmWithSecrets(realmJson, secrets));
            String realm = realmName.group(1);
            String keyId = null;
            if (!realmJson.contains("\"privateKey\"")) {
                SigningKey signing = publishedSigningKey(fetch(base.resolve("/realms/" + realm + "/protocol/openid-connect/certs")),
                        secrets.signingPublicKey()).orElseThrow(() -> new LauncherException(
                                "Keycloak did not take the launcher's signing key for realm " + realm));
                keyId = signing.keyId();
                if (signing.certificate() != null && !signing.certificate().equals(secrets.signingCertificate())) {
                    secrets.withSigningCertificate(signing.certificate()).writeTo(stateDir);
                }
            }
            return new Started(process, realm, secrets.adminPassword(), secrets.appClientSecret(), keyId);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    /**
     * The realm file with the store's client secret in place of the committed development one, and
     * the signing key (with its certificate, once Keycloak made one) as the realm's
     * {@code privateKey}/{@code certificate}: Keycloak then builds the realm's RS256 key from it
     * instead of generating one. A realm file with a key of its own keeps it.
     */
    static String realmWithSecrets(String realmJson, Secrets secrets) {
        String json = realmJson.replace("\"" + DEV_APP_SECRET + "\"", "\"" + secrets.appClientSecret() + "\"");
        if (json.contains("\"privateKey\"")) {
            return json;
        }
        int open = json.indexOf('{');
        if (open < 0) {
            throw new LauncherException("The realm file is not a JSON object");
        }
        String key = "\"privateKey\":\"" + secrets.signingKey() + "\","
                + secrets.usableCertificate().map(certificate -> "\"certificate\":\"" + certificate + "\",").orElse("");
        return json.substring(0, open + 1) + key + json.substring(open + 1);
    }

    /** The key id and certificate Keycloak publishes for {@code key}, from the realm's key set (JWKS). */
    record SigningKey(String keyId, String certificate) {
    }

    static Optional<SigningKey> publishedSigningKey(String jwks, RSAPublicKey key) {
        String modulus = "\"n\":\"" + base64Url(key.getModulus()) + "\"";
        Matcher entries = JSON_OBJECT.matcher(jwks.replaceAll("\\s+", ""));
        while (entries.find()) {
            String entry = entries.group();
            if (entry.contains(modulus) && entry.contains("\"use\":\"sig\"")) {
                return Optional.of(new SigningKey(stringField(entry, "kid"),
                        firstMatch(entry, "\"x5c\":\\[\"([^\"]+)\"").orElse(null)));
            }
        }
        return Optional.empty();
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length); // JWK integers are unsigned
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String stringField(String json, String field) {
        return firstMatch(json, "\"" + field + "\":\"([^\"]*)\"").orElse(null);
    }

    private static Optional<String> firstMatch(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String newSigningKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot make RSA keys", e);
        }
    }

    private static String random(int bytes) {
        return HexFormat.of().formatHex(new SecureRandom().generateSeed(bytes));
    }

    private static void importRealm(URI base, String adminPassword, String realmJson) {
        HttpClient http = HttpClient.newHttpClient();
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        HttpResponse<String> token = send(http, HttpRequest.newBuilder(base.resolve("/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher accessToken = ACCESS_TOKEN.matcher(token.body());
        if (token.statusCode() != 200 || !accessToken.find()) {
            throw new LauncherException("Keycloak refused the bootstrap admin login (" + token.statusCode() + "): " + token.body());
        }
        HttpResponse<String> created = send(http, HttpRequest.newBuilder(base.resolve("/admin/realms"))
                .header("Authorization", "Bearer " + accessToken.group(1))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(realmJson)).build());
        if (created.statusCode() != 201) {
            throw new LauncherException("Keycloak rejected the realm file (" + created.statusCode() + "): " + created.body());
        }
    }

    private static String fetch(URI url) {
        HttpResponse<String> response = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(url).GET().build());
        if (response.statusCode() != 200) {
            throw new LauncherException("Keycloak answered " + response.statusCode() + " at " + url);
        }
        return response.body();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LauncherException("Keycloak did not answer " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while importing the realm");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new LauncherException("Cannot read the realm file " + file + ": " + e.getMessage(), e);
        }
    }
}
