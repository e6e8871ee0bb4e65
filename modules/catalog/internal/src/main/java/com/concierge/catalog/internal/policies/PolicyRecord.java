package com.concierge.catalog.internal.policies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A return, warranty or shipping policy, stored as the JSON of its record. */
@Entity
@Table(name = "catalog_policy")
public class PolicyRecord extends PanacheEntityBase {

    public enum Kind { RETURN, WARRANTY, SHIPPING }

    @Id
    public String id;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String body;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
