package com.concierge.measurement.internal.kpi;

import com.concierge.measurement.api.Kpi;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A stored KPI value (docs/kpis.md). */
@Entity
@Table(name = "measurement_kpi_daily")
public class KpiRecord extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "kpi_day") LocalDate day, String category, String kpi, String split) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Column(name = "kpi_value")
    public Double value;
    public double numerator;
    public double denominator;
    @Column(name = "computed_at")
    public Instant computedAt;

    static KpiRecord of(Kpi kpi, Instant now) {
        KpiRecord record = new KpiRecord();
        record.key = new Key(kpi.day(), kpi.category(), kpi.name(), kpi.split());
        record.value = kpi.value();
        record.numerator = kpi.numerator();
        record.denominator = kpi.denominator();
        record.computedAt = now;
        return record;
    }

    Kpi toKpi() {
        return new Kpi(key.day(), key.category(), key.kpi(), key.split(), value, numerator, denominator);
    }
}
