package com.concierge.assistant.internal.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A paid placement for one product, with the label the page shows. */
@Entity
@Table(name = "assistant_sponsored")
public class SponsoredRecord extends PanacheEntityBase {

    @Id
    @Column(name = "product_id")
    public UUID product;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
