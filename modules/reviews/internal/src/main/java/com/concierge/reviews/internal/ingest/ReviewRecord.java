package com.concierge.reviews.internal.ingest;

import com.concierge.reviews.api.ReviewView;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One stored review. */
@Entity
@Table(name = "reviews_review")
public class ReviewRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "review_key", nullable = false, unique = true)
    public String key;

    @Column(name = "product_id", nullable = false)
    public UUID product;

    @Column(name = "variant_sku")
    public String variant;

    @Column(nullable = false)
    public int rating;

    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    @Column(nullable = false)
    public boolean verified;

    @Column(name = "author_id", nullable = false)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    ReviewView toView() {
        return new ReviewView(id, product, variant, rating, title, body, reviewedOn, verified, masked(author));
    }

    /** "janedoe42" → "ja…42"; four characters or fewer → "…". */
    static String masked(String author) {
        return author.length() <= 4 ? "…" : author.substring(0, 2) + "…" + author.substring(author.length() - 2);
    }
}
