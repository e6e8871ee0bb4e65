package com.concierge.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while OpenSearch answers green or yellow. The database check comes with Agroal. */
@Readiness
@ApplicationScoped
class OpenSearchReadiness implements HealthCheck {

    private final OpenSearchProbe probe;

    OpenSearchReadiness(OpenSearchProbe probe) {
        this.probe = probe;
    }

    @Override
    public HealthCheckResponse call() {
        OpenSearchProbe.Answer answer = probe.probe();
        return HealthCheckResponse.named("OpenSearch")
                .status(answer.reachable() && answer.healthy())
                .withData("status", answer.status() == null ? "unreachable" : answer.status())
                .withData("detail", answer.detail())
                .build();
    }
}
