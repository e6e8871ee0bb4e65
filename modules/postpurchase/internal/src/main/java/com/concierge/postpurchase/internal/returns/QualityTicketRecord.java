package com.concierge.postpurchase.internal.returns;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A data-quality ticket opened by returns, as stored. */
@Entity
@Table(name = "postpurchase_quality_ticket")
public class QualityTicketRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "product_id", nullable = false)
    public UUID product;

    @Column(nullable = false)
    public String sku;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String claim;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public int returns;

    @Column(name = "revenue_minor", nullable = false)
    public long revenueMinor;

    @Column(nullable = false)
    public String currency;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "last_at", nullable = false)
    public Instant lastAt;

    @ElementCollection
    @CollectionTable(name = "postpurchase_quality_case", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderColumn(name = "position")
    public List<Case> cases = new ArrayList<>();

    /** A return that added to the ticket. */
    @Embeddable
    public static class Case {
        @Column(name = "return_id", nullable = false)
        public UUID returnId;

        @Column(name = "return_number", nullable = false)
        public String returnNumber;

        @Column(name = "order_id", nullable = false)
        public UUID orderId;

        @Column(name = "order_number", nullable = false)
        public String orderNumber;

        @Column(name = "receipt_id", nullable = false)
        public UUID receipt;

        @Column(nullable = false)
        public Instant at;
    }
}
