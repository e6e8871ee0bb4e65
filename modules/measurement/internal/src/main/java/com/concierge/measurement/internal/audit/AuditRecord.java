package com.concierge.measurement.internal.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One sampled answer in the audit queue and, once graded, its grades. */
@Entity
@Table(name = "measurement_audit")
public class AuditRecord extends PanacheEntityBase {

    public static final String OPEN = "OPEN";
    public static final String GRADED = "GRADED";

    @Id
    public UUID id;
    @Column(name = "conversation_id")
    public UUID conversation;
    public int turn;
    @Column(name = "answered_on")
    public LocalDate answeredOn;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "sampled_at")
    public Instant sampledAt;
    public String category;
    public String intent;
    public String question;
    public String reply;
    public String status;
    public Integer accuracy;
    public Integer policy;
    public Integer tone;
    @Column(name = "grade_comment")
    public String comment;
    @Column(name = "graded_by")
    public String gradedBy;
    @Column(name = "graded_at")
    public Instant gradedAt;
}
