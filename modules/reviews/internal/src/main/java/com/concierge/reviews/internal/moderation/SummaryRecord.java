package com.concierge.reviews.internal.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A computed summary; {@code body} is the {@link com.concierge.reviews.api.ReviewSummary} as JSON. */
@Entity
@Table(name = "reviews_summary")
public class SummaryRecord extends PanacheEntityBase {

    /** The product's summary has the empty scope; a variant's has its SKU. */
    static final String WHOLE_PRODUCT = "";

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String body;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    @Embeddable
    public record Key(@Column(name = "product_id") UUID product, @Column(name = "scope") String scope) implements Serializable {
    }
}
