package com.concierge.web.platform;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Production mode refuses the secrets committed for development (docs/security.md#production): with
 * them anyone who read the repository could forge the store's sign-in state or act as its Keycloak
 * client. The launcher (./ops/store) makes fresh ones at every start; a deployment sets its own.
 */
final class ProductionSecrets {

    /** The defaults application.properties falls back to; ProductionSecretsTest keeps them equal. */
    static final String DEV_CLIENT_SECRET = "concierge-app-dev-secret-change-me";
    static final String DEV_STATE_SECRET = "dev-only-state-secret-0123456789abcdef";

    private ProductionSecrets() {
    }

    /** @throws ConfigurationException naming the setting, in production mode with a development secret */
    static void check(Config config, LaunchMode mode) {
        if (mode != LaunchMode.NORMAL || !config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(true)) {
            return;
        }
        refuse(config.getOptionalValue("quarkus.oidc.credentials.secret", String.class), DEV_CLIENT_SECRET,
                "The OIDC client secret is the development default (setting quarkus.oidc.credentials.secret, or CC_OIDC_CLIENT_SECRET): "
                        + "give the store the concierge-app client's secret from Keycloak");
        refuse(config.getOptionalValue("quarkus.oidc.authentication.state-secret", String.class), DEV_STATE_SECRET,
                "The OIDC state secret is the development default (setting quarkus.oidc.authentication.state-secret, or CC_OIDC_STATE_SECRET): "
                        + "set a random value of at least 32 characters");
    }

    private static void refuse(Optional<String> value, String devDefault, String message) {
        if (value.isPresent() && value.get().equals(devDefault)) {
            throw new ConfigurationException(message);
        }
    }
}
