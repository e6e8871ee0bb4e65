package com.concierge.web.platform;

import com.concierge.measurement.api.Kpi;
import com.concierge.measurement.api.Measurement;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The main KPIs (docs/kpis.md) on {@code /q/metrics} as {@code cc_kpi{kpi, split, window="7d"}}:
 * over the last 7 UTC days including today, numerators and denominators added (never values
 * averaged). One read of the stored values serves every gauge for a minute; NaN when there is
 * nothing to measure or the database cannot answer.
 */
@ApplicationScoped
class KpiMetrics {

    static final List<String> RATES = List.of("conversion_rate", "deflection_rate", "refusal_rate", "zero_result_rate", "sponsored_share",
            "audit_score");
    static final List<String> ORDER_KPIS = List.of("orders", "average_order_value_minor", "attachment_rate", "return_rate", "cancellation_rate");
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);
    private static final int DAYS = 7;

    private final Measurement measurement;
    private volatile Reading last;

    private record Reading(long atNanos, Map<String, Kpi.Total> totals) {
    }

    KpiMetrics(Measurement measurement) {
        this.measurement = measurement;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        gauge(registry, "conversations", Kpi.ALL);
        RATES.forEach(kpi -> gauge(registry, kpi, Kpi.ALL));
        for (String kpi : ORDER_KPIS) {
            for (String split : List.of(Kpi.ALL, Kpi.ASSISTED, Kpi.UNASSISTED)) {
                gauge(registry, kpi, split);
            }
        }
    }

    private void gauge(MeterRegistry registry, String kpi, String split) {
        Gauge.builder("cc.kpi", this, metrics -> metrics.value(kpi, split))
                .tags("kpi", kpi, "split", Kpi.ALL.equals(split) ? "all" : split, "window", DAYS + "d")
                .description("Conversation KPIs over the last 7 days (docs/kpis.md)").register(registry);
    }

    private double value(String kpi, String split) {
        Map<String, Kpi.Total> totals = totals();
        Kpi.Total total = totals == null ? null : totals.get(kpi + "/" + split);
        Double value = total == null ? null : total.value();
        return value == null ? Double.NaN : value;
    }

    private Map<String, Kpi.Total> totals() {
        Reading reading = last;
        if (reading == null || System.nanoTime() - reading.atNanos() > FRESH_FOR.toNanos()) {
            try {
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                reading = new Reading(System.nanoTime(), Kpi.totals(measurement.kpis(today.minusDays(DAYS - 1L), today, Kpi.ALL)));
            } catch (RuntimeException e) {
                return null;
            }
            last = reading;
        }
        return reading.totals();
    }
}
