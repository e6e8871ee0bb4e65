package com.concierge.postpurchase.internal.returns;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.Receipt;
import com.concierge.kernel.Money;
import com.concierge.kernel.events.EventPublisher;
import com.concierge.postpurchase.api.QualityTicket;
import com.concierge.postpurchase.api.ReturnReason;
import com.concierge.postpurchase.api.events.DataQualityTicketOpened;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Returns teach the catalog (docs/postpurchase.md#returns-teach-the-catalog): a return whose reason
 * contradicts a claim of the decision receipt its order line was attributed to adds to the ticket
 * for that product, claim and reason, opening it (and publishing {@link DataQualityTicketOpened})
 * the first time. Runs in the return's transaction.
 */
@ApplicationScoped
class QualityTickets {

    private final Assistant assistant;
    private final EventPublisher events;

    QualityTickets(Assistant assistant, EventPublisher events) {
        this.assistant = assistant;
        this.events = events;
    }

    /** Adds the return to every ticket its lines' receipts are contradicted on. */
    void consider(ReturnRecord ret, ReturnReason reason, Instant now) {
        if (reason.contradicts() == null) {
            return;
        }
        for (ReturnRecord.Item item : ret.items) {
            Optional<Receipt> receipt = assistant.receiptById(item.receipt);
            if (receipt.isEmpty()) {
                continue;
            }
            for (Contradictions.Claim claim : Contradictions.of(reason, receipt.get())) {
                add(ret, item, reason, claim, receipt.get().id(), now);
            }
        }
    }

    private void add(ReturnRecord ret, ReturnRecord.Item item, ReturnReason reason, Contradictions.Claim claim, UUID receipt, Instant now) {
        QualityTicketRecord ticket = QualityTicketRecord.<QualityTicketRecord>find("product = ?1 and subject = ?2 and reason = ?3",
                item.product, claim.subject(), reason.name()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        boolean opened = ticket == null;
        if (opened) {
            ticket = new QualityTicketRecord();
            ticket.id = UUID.randomUUID();
            ticket.product = item.product;
            ticket.sku = item.sku;
            ticket.title = item.title;
            ticket.subject = claim.subject();
            ticket.reason = reason.name();
            ticket.currency = ret.currency;
            ticket.openedAt = now;
        }
        ticket.claim = claim.text().length() > 1000 ? claim.text().substring(0, 1000) : claim.text();
        ticket.returns++;
        ticket.revenueMinor += item.unitPriceMinor * item.quantity;
        ticket.lastAt = now;
        QualityTicketRecord.Case c = new QualityTicketRecord.Case();
        c.returnId = ret.id;
        c.returnNumber = ret.number;
        c.orderId = ret.orderId;
        c.orderNumber = ret.orderNumber;
        c.receipt = receipt;
        c.at = now;
        ticket.cases.add(c);
        if (opened) {
            ticket.persist();
            events.publish(new DataQualityTicketOpened(UUID.randomUUID(), now, ticket.id, ticket.product, ticket.subject, ticket.claim,
                    reason.code(), ret.id, receipt));
        }
    }

    /** Worst first: most returns, then most revenue at risk, then the oldest. */
    List<QualityTicket> list(int limit) {
        return QualityTicketRecord.<QualityTicketRecord>findAll(Sort.descending("returns", "revenueMinor").and("openedAt"))
                .page(0, Math.max(1, Math.min(limit, 500))).list().stream().map(QualityTickets::view).toList();
    }

    private static QualityTicket view(QualityTicketRecord t) {
        return new QualityTicket(t.id, t.product, t.sku, t.title, t.subject, t.claim, ReturnReason.valueOf(t.reason), t.returns,
                new Money(t.revenueMinor, Currency.getInstance(t.currency)),
                t.cases.stream().map(c -> new QualityTicket.Case(c.returnId, c.returnNumber, c.orderId, c.orderNumber, c.receipt, c.at)).toList(),
                t.openedAt, t.lastAt);
    }
}
