package com.concierge.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready only while OpenSearch answers green or yellow. Anyone may read the readiness answer (the
 * Kubernetes probe does), so it says only the cluster's status; what went wrong, with the address,
 * goes to the log when the answer changes.
 */
@Readiness
@ApplicationScoped
class OpenSearchReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(OpenSearchReadiness.class);

    private final OpenSearchProbe probe;
    private volatile String lastStatus;

    OpenSearchReadiness(OpenSearchProbe probe) {
        this.probe = probe;
    }

    @Override
    public HealthCheckResponse call() {
        OpenSearchProbe.Answer answer = probe.probe();
        String status = answer.status() == null ? "unreachable" : answer.status();
        if (!status.equals(lastStatus)) {
            if (answer.reachable() && answer.healthy()) {
                LOG.infof("OpenSearch is %s (%s)", status, answer.detail());
            } else {
                LOG.warnf("OpenSearch is %s: %s", status, answer.detail());
            }
            lastStatus = status;
        }
        return HealthCheckResponse.named("OpenSearch").status(answer.reachable() && answer.healthy()).withData("status", status).build();
    }
}
