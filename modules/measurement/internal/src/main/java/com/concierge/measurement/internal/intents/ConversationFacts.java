package com.concierge.measurement.internal.intents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One assistant conversation as measurement sees it: the header of its intent record and the counts KPIs need. */
@Entity
@Table(name = "measurement_conversation")
public class ConversationFacts extends PanacheEntityBase {

    @Id
    public UUID id;
    public String owner;
    @Column(name = "started_at")
    public Instant startedAt;
    public String category;
    public int turns;
    public int questions;
    public int answered;
    public int refused;
    @Column(name = "recommending_turns")
    public int recommendingTurns;
    @Column(name = "zero_result_turns")
    public int zeroResultTurns;
    @Column(name = "relaxed_turns")
    public int relaxedTurns;
    public int impressions;
    @Column(name = "sponsored_impressions")
    public int sponsoredImpressions;
    @Column(name = "card_clicks")
    public int cardClicks;
    public int compares;
    @Column(name = "first_cart_add_at")
    public Instant firstCartAddAt;
    @Column(name = "handoff_at")
    public Instant handoffAt;
    @Column(name = "ordered_at")
    public Instant orderedAt;

    static Instant earliest(Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }
}
