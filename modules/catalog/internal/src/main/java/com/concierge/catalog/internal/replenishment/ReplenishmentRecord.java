package com.concierge.catalog.internal.replenishment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A replenishment interval, stored as the JSON of its record. */
@Entity
@Table(name = "catalog_replenishment")
public class ReplenishmentRecord extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String body;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
