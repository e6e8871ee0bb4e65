package com.concierge.measurement.internal.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** How often one intent, word or unmet intent came up on one day in one category. */
@Entity
@Table(name = "measurement_intent_daily")
public class IntentDaily extends PanacheEntityBase {

    public static final String INTENT = "intent";
    public static final String WORD = "word";
    public static final String UNCOVERED = "uncovered";
    public static final String UNMET = "unmet";

    @Embeddable
    public record Key(@Column(name = "kpi_day") LocalDate day, String category, String kind, String term) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    public int conversations;
    public int turns;
    @Column(name = "zero_result")
    public int zeroResult;
    public int relaxed;
    public int abandoned;
}
