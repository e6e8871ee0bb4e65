package com.concierge.catalog.internal.reasons;

import com.concierge.catalog.api.reasons.LabelChange;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of the relabelling audit trail. */
@Entity
@Table(name = "catalog_label_change")
public class LabelChangeRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "category_key", nullable = false)
    public String category;

    @Column(name = "product_id", nullable = false)
    public UUID product;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String kind;

    @Column(name = "from_version", nullable = false)
    public int fromVersion;

    @Column(name = "to_version", nullable = false)
    public int toVersion;

    @Column(nullable = false)
    public String because;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    LabelChange toChange() {
        return new LabelChange(product, code, LabelChange.Kind.valueOf(kind), fromVersion, toVersion, because);
    }
}
