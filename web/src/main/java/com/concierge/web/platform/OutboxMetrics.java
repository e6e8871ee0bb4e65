package com.concierge.web.platform;

import com.concierge.kernel.events.Outbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.function.ToDoubleFunction;

/**
 * The outbox backlog on {@code /q/metrics}: {@code cc_outbox_pending_events} (not yet delivered)
 * and {@code cc_outbox_failing_events} (pending after a failed attempt). One count query serves
 * both gauges for a few seconds; when the database cannot answer the gauges read NaN.
 */
@ApplicationScoped
class OutboxMetrics {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final Outbox outbox;
    private volatile Reading last;

    private record Reading(long atNanos, Outbox.Status status) {
    }

    OutboxMetrics(Outbox outbox) {
        this.outbox = outbox;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        gauge(registry, "cc.outbox.pending.events", "Events in the outbox not yet delivered to every consumer", Outbox.Status::pending);
        gauge(registry, "cc.outbox.failing.events", "Pending events whose last delivery attempt failed", Outbox.Status::failing);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Outbox.Status> value) {
        Gauge.builder(name, this, metrics -> {
            Outbox.Status status = metrics.status();
            return status == null ? Double.NaN : value.applyAsDouble(status);
        }).description(description).register(registry);
    }

    private Outbox.Status status() {
        Reading reading = last;
        if (reading == null || System.nanoTime() - reading.atNanos() > FRESH_FOR.toNanos()) {
            try {
                reading = new Reading(System.nanoTime(), QuarkusTransaction.requiringNew().call(outbox::status));
            } catch (RuntimeException e) {
                return null;
            }
            last = reading;
        }
        return reading.status();
    }
}
