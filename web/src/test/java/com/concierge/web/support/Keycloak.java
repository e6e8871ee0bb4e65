package com.concierge.web.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in to the real Keycloak the way a browser does: follows the redirects, fills in the
 * login form and posts it. Tokens come from the public storefront client with PKCE, since the
 * realm allows no password grant on it.
 */
public final class Keycloak {

    /** The demo users, as the README names them. */
    public static final Map<String, String> DEMO_PASSWORDS = Map.of(
            "shopper", "shopper-demo-2026",
            "shopper2", "shopper2-demo-2026",
            "merchandiser", "merchandiser-demo-2026",
            "ops", "ops-demo-2026");

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private Keycloak() {
    }

    /** A cookie-keeping client that does not follow redirects, so each hop can be checked. */
    public static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new LocalhostCookies()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A token of Keycloak's bootstrap admin (master realm), for changing the test realm. */
    public static String adminToken() {
        HttpResponse<String> token = send(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(RealServices.services().keycloakUrl().resolve("/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", "admin-cli",
                                "username", "admin", "password", RealServices.services().keycloakAdminPassword()))))
                        .build());
        Matcher accessToken = ACCESS_TOKEN.matcher(token.body());
        if (!accessToken.find()) {
            throw new AssertionError("No admin token: " + token.body());
        }
        return accessToken.group(1);
    }

    /**
     * Sets attributes of a client of the test realm ({@code access.token.lifespan},
     * {@code client.session.idle.timeout}, ...); returns the ones it had, to put back.
     */
    public static Map<String, String> clientAttributes(String clientId, Map<String, String> attributes) {
        io.restassured.specification.RequestSpecification admin = io.restassured.RestAssured.given()
                .baseUri(RealServices.services().keycloakUrl().toString()).auth().oauth2(adminToken()).contentType("application/json");
        String realm = "/admin/realms/" + RealServices.services().realmUrl().getPath().replaceAll(".*/", "");
        io.restassured.path.json.JsonPath client = admin.get(realm + "/clients?clientId=" + clientId).then().statusCode(200).extract().jsonPath();
        String id = client.getString("[0].id");
        Map<String, Object> representation = client.getMap("[0]");
        @SuppressWarnings("unchecked")
        Map<String, String> old = new java.util.HashMap<>((Map<String, String>) representation.getOrDefault("attributes", Map.of()));
        Map<String, String> changed = new java.util.HashMap<>(old);
        attributes.forEach((k, v) -> {
            if (v == null) {
                changed.remove(k);
            } else {
                changed.put(k, v);
            }
        });
        Map<String, Object> updated = new java.util.HashMap<>(representation);
        updated.put("attributes", changed);
        io.restassured.RestAssured.given().baseUri(RealServices.services().keycloakUrl().toString()).auth().oauth2(adminToken())
                .contentType("application/json").body(updated).put(realm + "/clients/" + id).then().statusCode(204);
        Map<String, String> previous = new java.util.HashMap<>();
        attributes.keySet().forEach(k -> previous.put(k, old.get(k)));
        return previous;
    }

    /** A cookie a {@link #browser()} holds, or null. */
    public static String cookie(HttpClient browser, String name) {
        return ((LocalhostCookies) browser.cookieHandler().orElseThrow()).value(name);
    }

    /** Posts a form as the browser does ({@code fields} URL-encoded). */
    public static HttpResponse<String> postForm(HttpClient browser, URI url, Map<String, String> fields) {
        return send(browser, HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Posts {@code fields} to {@code url} as a form of {@code page} would: with the CSRF token that page carries. */
    public static HttpResponse<String> postFormOf(HttpClient browser, HttpResponse<String> page, URI url, Map<String, String> fields) {
        Matcher token = FORM_TOKEN.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("No form token on " + page.uri());
        }
        Map<String, String> form = new java.util.HashMap<>(fields);
        form.put("csrf-token", token.group(1));
        return postForm(browser, url, form);
    }

    public static HttpResponse<String> get(HttpClient browser, URI url) {
        return send(browser, HttpRequest.newBuilder(url).GET().build());
    }

    /** Posts the login form found on {@code loginPage}. */
    public static HttpResponse<String> submitLogin(HttpClient browser, HttpResponse<String> loginPage, String user, String password) {
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new AssertionError("No Keycloak login form at " + loginPage.uri() + ":\n" + loginPage.body());
        }
        URI action = URI.create(form.group(1).replace("&amp;", "&"));
        return send(browser, HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password, "credentialId", ""))))
                .build());
    }

    /**
     * Opens {@code page} of the store as an anonymous browser, signs in on Keycloak's page and
     * follows the redirects back; returns the final answer of the store.
     */
    public static HttpResponse<String> openSignedIn(HttpClient browser, URI page, String user) {
        HttpResponse<String> response = get(browser, page);
        for (int hop = 0; hop < 10 && redirected(response); hop++) {
            response = get(browser, response.uri().resolve(response.headers().firstValue("Location").orElseThrow()));
        }
        if (response.statusCode() == 200 && LOGIN_FORM.matcher(response.body()).find()) {
            response = submitLogin(browser, response, user, DEMO_PASSWORDS.get(user));
        }
        for (int hop = 0; hop < 10 && redirected(response); hop++) {
            response = get(browser, response.uri().resolve(response.headers().firstValue("Location").orElseThrow()));
        }
        return response;
    }

    private static boolean redirected(HttpResponse<String> response) {
        return response.statusCode() == 302 || response.statusCode() == 303;
    }

    /** An access token for a demo user: authorization code flow with PKCE on the public client. */
    public static String accessToken(String user) {
        URI realm = RealServices.services().realmUrl();
        String redirect = "http://localhost:8081/";
        String verifier = randomUrlSafe(48);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        HttpClient browser = browser();
        HttpResponse<String> loginPage = get(browser, URI.create(realm + "/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", "concierge-storefront", "response_type", "code", "scope", "openid",
                "redirect_uri", redirect, "state", randomUrlSafe(12),
                "code_challenge", challenge, "code_challenge_method", "S256"))));
        HttpResponse<String> callback = submitLogin(browser, loginPage, user, DEMO_PASSWORDS.get(user));
        String location = callback.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("Login of " + user + " failed: " + callback.body()));
        String code = query(URI.create(location)).get("code");
        HttpResponse<String> token = send(browser, HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "client_id", "concierge-storefront", "code", code, "redirect_uri", redirect, "code_verifier", verifier))))
                .build());
        Matcher accessToken = ACCESS_TOKEN.matcher(token.body());
        if (!accessToken.find()) {
            throw new AssertionError("No token for " + user + ": " + token.body());
        }
        return accessToken.group(1);
    }

    /** The realm's Prometheus client, as the realm file has it (replaced before production). */
    public static final String METRICS_CLIENT = "concierge-metrics";
    public static final String METRICS_SECRET = "concierge-metrics-dev-secret-change-me";

    /** An access token of a confidential client's service account (client credentials grant), as Prometheus gets one. */
    public static String serviceToken(String client, String secret) {
        HttpResponse<String> token = send(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create(RealServices.services().realmUrl() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "client_credentials", "client_id", client,
                                "client_secret", secret))))
                        .build());
        Matcher accessToken = ACCESS_TOKEN.matcher(token.body());
        if (!accessToken.find()) {
            throw new AssertionError("No token for the client " + client + ": " + token.body());
        }
        return accessToken.group(1);
    }

    /** A token Prometheus would scrape /q/metrics with. */
    public static String metricsToken() {
        return serviceToken(METRICS_CLIENT, METRICS_SECRET);
    }

    public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        return java.util.Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
