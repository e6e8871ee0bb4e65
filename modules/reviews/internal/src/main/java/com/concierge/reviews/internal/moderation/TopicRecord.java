package com.concierge.reviews.internal.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One do-not-generate topic; {@code phrases} is a JSON array of strings. */
@Entity
@Table(name = "reviews_regulated_topic")
public class TopicRecord extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public String phrases;

    @Column(nullable = false)
    public String refusal;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
