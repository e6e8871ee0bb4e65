package com.concierge.reviews.internal.moderation;

import com.concierge.reviews.api.moderation.Flag;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One item of the review queue; citations are a JSON array of {@link com.concierge.reviews.api.Citation}. */
@Entity
@Table(name = "reviews_flag")
public class FlagRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "product_id", nullable = false)
    public UUID product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Flag.Kind kind;

    @Column(name = "flag_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String topic;

    @Column(nullable = false)
    public String detail;

    @Column(nullable = false)
    public String citations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Flag.Status status;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public String note;
}
