package com.concierge.catalog.internal;

import com.concierge.catalog.api.qa.AnswerSource;
import com.concierge.catalog.api.qa.QaEntry;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "catalog_qa")
public class QaRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Column(nullable = false)
    public String question;

    @Column(nullable = false)
    public String answer;

    @Column(nullable = false)
    public String source;

    @Column(name = "answered_on", nullable = false)
    public LocalDate answeredOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    QaEntry toEntry() {
        return new QaEntry(id, productId, question, answer, AnswerSource.valueOf(source), answeredOn);
    }
}
