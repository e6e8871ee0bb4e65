package com.concierge.catalog.internal.reasons;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One version of a category's reason rules; the rules are JSON in canonical units. */
@Entity
@Table(name = "catalog_reason_rules")
@IdClass(ReasonRulesRecord.Key.class)
public class ReasonRulesRecord extends PanacheEntityBase {

    public record Key(String category, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "category_key")
    public String category;

    @Id
    public int version;

    @Column(nullable = false)
    public String rules;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public String note;
}
