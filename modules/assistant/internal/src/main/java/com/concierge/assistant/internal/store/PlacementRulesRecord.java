package com.concierge.assistant.internal.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The sponsored-placement rules (one row, id "default"). */
@Entity
@Table(name = "assistant_placement_rules")
public class PlacementRulesRecord extends PanacheEntityBase {

    public static final String DEFAULT = "default";

    @Id
    public String id;

    @Column(name = "max_per_reply", nullable = false)
    public int maxPerReply;

    @Column(name = "earliest_position", nullable = false)
    public int earliestPosition;
}
