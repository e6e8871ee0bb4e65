package com.concierge.ops.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keycloak in development mode on loopback with an in-memory database. The realm file is
 * imported through the admin REST API after start-up (not from {@code data/import}), so
 * several instances can share one unpacked distribution, and every start begins from the
 * realm file as committed.
 */
final class KeycloakServer {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REALM_NAME = Pattern.compile("\"realm\"\\s*:\\s*\"([^\"]+)\"");

    /** The main class of the Keycloak JVM that {@code kc.sh} starts as its child: the process the pid file names. */
    static final String SERVING_MARKER = "io.quarkus.bootstrap.runner.QuarkusEntryPoint";

    private KeycloakServer() {
    }

    /**
     * The store's client secret as the realm file has it. Every start gives the client a fresh one
     * instead ({@link Started#appClientSecret}), which the launcher hands to the store: the store
     * refuses this one in production mode.
     */
    static final String DEV_APP_SECRET = "concierge-app-dev-secret-change-me";

    record Started(ManagedProcess process, String realm, String adminPassword, String appClientSecret) {
    }

    static Started start(Path home, Path stateDir, int httpPort, Path javaHome, Path realmFile, Duration timeout) {
        String realmJson = read(realmFile);
        Matcher realmName = REALM_NAME.matcher(realmJson);
        if (!realmName.find()) {
            throw new LauncherException("The realm file " + realmFile + " has no \"realm\" name");
        }
        int managementPort = Ports.free();
        String adminPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        String appSecret = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
        realmJson = realmJson.replace("\"" + DEV_APP_SECRET + "\"", "\"" + appSecret + "\"");
        // The same build options every time: Keycloak then re-augments only on the first start.
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--db=dev-mem", "--health-enabled=true",
                "--http-host=127.0.0.1", "--http-port=" + httpPort, "--http-management-port=" + managementPort))
                .directory(home.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED"); // jboss-threads on JDK 24+
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        ManagedProcess process = ManagedProcess.start("keycloak", builder, stateDir, ManagedProcess.Options.defaults()
                .servedBy(SERVING_MARKER)
                .withAttributes(java.util.Map.of("port", Integer.toString(httpPort))));
        try {
            process.awaitHealthy(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"),
                    body -> body.contains("\"UP\""), timeout);
            importRealm(URI.create("http://127.0.0.1:" + httpPort), adminPassword, realmJson);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return new Started(process, realmName.group(1), adminPassword, appSecret);
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
