package com.concierge.ops.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakServerTest {

    @TempDir
    Path state;

    @Test
    void savesTheSecretsForARestartReadableByTheOwnerOnly() throws IOException {
        KeycloakServer.Secrets secrets = KeycloakServer.Secrets.fresh();

        secrets.writeTo(state);

        Path file = state.resolve(KeycloakServer.SECRETS_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(KeycloakServer.savedSecrets(state)).isEqualTo(secrets);
        assertThat(secrets.toString()).doesNotContain(secrets.appClientSecret());
        try (var leftovers = Files.list(state)) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void aRestartWithoutSavedSecretsSaysWhatToDoInstead() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KeycloakServer.savedSecrets(state))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("Restart the store instead");
    }

    @Test
    void newKeysChangeOnlyTheSigningKey() {
        KeycloakServer.Secrets secrets = KeycloakServer.Secrets.fresh().withSigningCertificate("MIIB");

        KeycloakServer.Secrets renewed = secrets.withNewSigningKey();

        assertThat(renewed.appClientSecret()).isEqualTo(secrets.appClientSecret());
        assertThat(renewed.adminPassword()).isEqualTo(secrets.adminPassword());
        assertThat(renewed.signingKey()).isNotEqualTo(secrets.signingKey());
        assertThat(renewed.signingKeyId()).isNotEqualTo(secrets.signingKeyId());
        assertThat(renewed.signingCertificate()).as("the old key's certificate goes with it").isNull();
    }

    @Test
    void theRealmGetsTheStoresClientSecretAndTheSigningKey() {
        KeycloakServer.Secrets secrets = KeycloakServer.Secrets.fresh().withSigningCertificate("not-a-certificate");
        String realm = "{\n  \"realm\": \"concierge\",\n  \"clients\": [{\"clientId\": \"concierge-app\", \"secret\": \""
                + KeycloakServer.DEV_APP_SECRET + "\"}]\n}";

        String imported = KeycloakServer.realmWithSecrets(realm, secrets);

        assertThat(imported).doesNotContain(KeycloakServer.DEV_APP_SECRET)
                .contains("\"secret\": \"" + secrets.appClientSecret() + "\"")
                .startsWith("{\"privateKey\":\"" + secrets.signingKey() + "\",")
                .as("an unusable certificate is left for Keycloak to make again").doesNotContain("\"certificate\"");
        assertThat(KeycloakServer.realmWithSecrets("{\"realm\":\"r\",\"privateKey\":\"own\"}", secrets))
                .as("a realm file with a key of its own keeps it").isEqualTo("{\"realm\":\"r\",\"privateKey\":\"own\"}");
    }

    @Test
    void findsTheSigningKeyKeycloakPublishesForTheKey() {
        KeycloakServer.Secrets secrets = KeycloakServer.Secrets.fresh();
        String n = unsignedBase64Url(secrets.signingPublicKey().getModulus());
        String other = unsignedBase64Url(KeycloakServer.Secrets.fresh().signingPublicKey().getModulus());
        String jwks = """
                {"keys":[
                  {"kid":"generated","kty":"RSA","alg":"RS256","use":"sig","n":"%s","e":"AQAB","x5c":["OTHER"]},
                  {"kid":"enc","kty":"RSA","alg":"RSA-OAEP","use":"enc","n":"%s","e":"AQAB","x5c":["ENC"]},
                  {"kid":"ours","kty":"RSA","alg":"RS256","use":"sig","n":"%s","e":"AQAB","x5c":["MIIC+/=="],"x5t":"abc"}
                ]}""".formatted(other, n, n);

        assertThat(KeycloakServer.publishedSigningKey(jwks, secrets.signingPublicKey()))
                .contains(new KeycloakServer.SigningKey("ours", "MIIC+/=="));
        assertThat(KeycloakServer.publishedSigningKey("{\"keys\":[]}", secrets.signingPublicKey())).isEmpty();
    }

    private static String unsignedBase64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
