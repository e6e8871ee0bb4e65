package com.concierge.catalog.internal.search;

import com.concierge.catalog.api.search.Synonym;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "catalog_synonym")
public class SynonymRecord extends PanacheEntityBase {

    @Id
    public String term;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String target;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    Synonym toSynonym() {
        return new Synonym(term, Synonym.Kind.valueOf(kind), target);
    }
}
