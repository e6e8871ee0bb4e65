package com.concierge.web.security;

import com.concierge.kernel.identity.LegacyOwners;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthenticationSuccessEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Rows owned by a username from before owners became Keycloak subjects ({@link LegacyOwners})
 * go to the user's subject when the user next signs in or calls the API with a token. Looked at once
 * per subject and replica, and not at all once no module has such rows left (a new store has none).
 */
@ApplicationScoped
public class LegacyOwnerAdoption {

    private static final Logger LOG = Logger.getLogger(LegacyOwnerAdoption.class);

    private final Instance<LegacyOwners> modules;
    private final Cache<String, Boolean> done = Caffeine.newBuilder().maximumSize(100_000).build();
    private volatile boolean remain;

    LegacyOwnerAdoption(Instance<LegacyOwners> modules) {
        this.modules = modules;
    }

    /** After the migrations ran (StartupChecks). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        recheck();
    }

    /** Looks again for rows that still name a username (start-up, and tests that write such rows). */
    public void recheck() {
        remain = modules.stream().anyMatch(LegacyOwners::remain);
        done.invalidateAll();
        if (remain) {
            LOG.info("Some carts, orders or records still belong to usernames: each goes to its user's subject at their next sign-in");
        }
    }

    void onAuthenticated(@ObservesAsync AuthenticationSuccessEvent event) {
        if (!remain) {
            return;
        }
        SecurityIdentity identity = event.getSecurityIdentity();
        String subject = Identities.subject(identity);
        String username = subject == null ? null : Identities.username(identity.getPrincipal());
        if (username == null || done.getIfPresent(subject) != null) {
            return;
        }
        done.put(subject, Boolean.TRUE);
        int moved = modules.stream().mapToInt(m -> m.adopt(username, subject)).sum();
        if (moved > 0) {
            LOG.infof("%d rows of the username %s now belong to its subject %s", moved, username, subject);
        }
    }
}
