package com.concierge.catalog.internal;

import com.concierge.catalog.api.qa.AnswerSource;
import com.concierge.catalog.api.qa.QaEntry;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

@Entity
@Table(name = "catalog_qa")
public class QaRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @FullTextField(analyzer = "english")

    @Column(nullable = false)
    public String question;

    @FullTextField(analyzer = "english")
    @Column(nullable = false)
    public String answer;

    @Column(nullable = false)
    public String source;

    @Column(name = "answered_on", nullable = false)
    public LocalDate answeredOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    QaEntry toEntry() {
        return new QaEntry(id, product.id, question, answer, AnswerSource.valueOf(source), answeredOn);
    }
}
