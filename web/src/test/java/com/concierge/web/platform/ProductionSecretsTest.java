package com.concierge.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Production mode refuses the committed development secrets; development and tests keep them. */
@Tag("database-independent") // checked once, on H2; the PostgreSQL run of .ci/run skips it
class ProductionSecretsTest {

    @Test
    void theDefaultsInApplicationPropertiesAreTheOnesRefused() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("quarkus.oidc.credentials.secret")).endsWith(":" + ProductionSecrets.DEV_CLIENT_SECRET + "}");
        assertThat(properties.getProperty("quarkus.oidc.authentication.state-secret")).endsWith(":" + ProductionSecrets.DEV_STATE_SECRET + "}");
    }

    @Test
    void productionWithADevelopmentSecretNamesTheSetting() {
        assertThatThrownBy(() -> ProductionSecrets.check(config(ProductionSecrets.DEV_CLIENT_SECRET, "a-real-state-secret-0123456789abcdef"),
                LaunchMode.NORMAL)).isInstanceOf(ConfigurationException.class).hasMessageContaining("quarkus.oidc.credentials.secret");
        assertThatThrownBy(() -> ProductionSecrets.check(config("a-real-client-secret", ProductionSecrets.DEV_STATE_SECRET), LaunchMode.NORMAL))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("quarkus.oidc.authentication.state-secret");
    }

    @Test
    void realSecretsOrOtherModesStart() {
        ProductionSecrets.check(config("a-real-client-secret", "a-real-state-secret-0123456789abcdef"), LaunchMode.NORMAL);
        ProductionSecrets.check(config(ProductionSecrets.DEV_CLIENT_SECRET, ProductionSecrets.DEV_STATE_SECRET), LaunchMode.TEST);
        ProductionSecrets.check(config(ProductionSecrets.DEV_CLIENT_SECRET, ProductionSecrets.DEV_STATE_SECRET), LaunchMode.DEVELOPMENT);
    }

    private static Config config(String clientSecret, String stateSecret) {
        return new SmallRyeConfigBuilder().withDefaultValues(Map.of("quarkus.oidc.credentials.secret", clientSecret,
                "quarkus.oidc.authentication.state-secret", stateSecret)).build();
    }
}
