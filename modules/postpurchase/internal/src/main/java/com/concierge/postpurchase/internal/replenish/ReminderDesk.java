package com.concierge.postpurchase.internal.replenish;

import com.concierge.catalog.api.ReplenishmentCatalog;
import com.concierge.catalog.api.replenishment.ReplenishmentInterval;
import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.CheckoutException;
import com.concierge.checkout.api.Order;
import com.concierge.kernel.events.EventPublisher;
import com.concierge.postpurchase.api.Reminder;
import com.concierge.postpurchase.api.ReminderOffer;
import com.concierge.postpurchase.api.Reminders;
import com.concierge.postpurchase.api.events.ReminderSent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * Every rule of replenishment reminders (docs/postpurchase.md#replenishment): which lines may have
 * one (a consumable with an interval, on a delivered order the caller may see), when it is due (the
 * delivery plus the interval), and the job's claim that sends each once.
 */
@ApplicationScoped
class ReminderDesk implements Reminders {

    /** Due reminders one run of the job claims at most; the next run takes the rest. */
    static final int BATCH = 200;

    private final Checkout checkout;
    private final ReplenishmentCatalog catalog;
    private final EventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ReminderDesk(Checkout checkout, ReplenishmentCatalog catalog, EventPublisher events) {
        this.checkout = checkout;
        this.catalog = catalog;
        this.events = events;
    }

    @Override
    @Transactional
    public List<ReminderOffer> offers(UUID orderId, String owner) {
        Order order = order(orderId, owner);
        Instant delivered = deliveredAt(order);
        List<ReminderOffer> offers = new ArrayList<>();
        for (Order.Line line : order.lines()) {
            Optional<ReplenishmentInterval> interval = interval(line);
            if (interval.isEmpty()) {
                continue;
            }
            Reminder reminder = ReminderRecord.<ReminderRecord>find("order = ?1 and sku = ?2", order.id(), line.sku()).firstResultOptional()
                    .map(ReminderRecord::view).orElse(null);
            boolean scheduled = reminder != null && reminder.status() != Reminder.Status.CANCELLED;
            String why = delivered != null ? null : order.status() == Order.Status.CANCELLED || order.status() == Order.Status.REFUNDED
                    ? "the order was " + order.status().name().toLowerCase(java.util.Locale.ROOT) : "once the order is delivered";
            offers.add(new ReminderOffer(line.sku(), line.title(), interval.get().days(), interval.get().advice(), delivered != null && !scheduled,
                    why, reminder));
        }
        return offers;
    }

    @Override
    @Transactional
    public Reminder remind(UUID orderId, String owner, String sku) {
        Order order = order(orderId, owner);
        Order.Line line = order.lines().stream().filter(l -> l.sku().equals(sku)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sku: order " + order.number() + " has no line " + sku));
        ReplenishmentInterval interval = interval(line)
                .orElseThrow(() -> new IllegalArgumentException("sku: " + line.title() + " is not a consumable with a replacement interval"));
        Instant delivered = deliveredAt(order);
        if (delivered == null) {
            throw new IllegalArgumentException("order " + order.number() + " is not delivered yet: a reminder counts from the delivery");
        }
        ReminderRecord record = ReminderRecord.<ReminderRecord>find("order = ?1 and sku = ?2", order.id(), sku).firstResult();
        if (record == null) {
            record = new ReminderRecord();
            record.id = UUID.randomUUID();
            record.order = order.id();
            record.orderNumber = order.number();
            record.owner = order.owner();
            record.product = line.product();
            record.sku = sku;
            record.title = line.title();
            record.quantity = line.quantity();
            record.createdAt = clock.instant();
        } else if (record.status != Reminder.Status.CANCELLED) {
            return record.view(); // asked again: the same reminder
        }
        record.days = interval.days();
        record.advice = interval.advice();
        record.dueAt = delivered.plus(Duration.ofDays(interval.days()));
        record.status = Reminder.Status.SCHEDULED;
        record.persist();
        return record.view();
    }

    @Override
    @Transactional
    public Reminder cancel(UUID id, String owner) {
        ReminderRecord record = ReminderRecord.<ReminderRecord>findByIdOptional(id).orElseThrow(() -> new NoSuchElementException("no reminder " + id));
        order(record.order, owner); // another shopper's reminder is "not found", as their order is
        if (record.status == Reminder.Status.SCHEDULED) {
            record.status = Reminder.Status.CANCELLED;
        }
        return record.view();
    }

    @Override
    @Transactional
    public Optional<Reminder> reminder(UUID id) {
        return id == null ? Optional.empty() : ReminderRecord.<ReminderRecord>findByIdOptional(id).map(ReminderRecord::view);
    }

    @Override
    @Transactional
    public int forget(String subject) {
        return subject == null ? 0 : (int) ReminderRecord.delete("owner", subject);
    }

    /**
     * Each due reminder in a transaction of its own: the conditional update from SCHEDULED to SENT is
     * the claim (a second instance's update of the same row waits for the first to commit and then
     * finds it SENT), and ReminderSent goes into the outbox with it.
     */
    @Override
    public int sendDue(Instant now) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> ReminderRecord.<ReminderRecord>find("status = ?1 and dueAt <= ?2",
                Sort.ascending("dueAt"), Reminder.Status.SCHEDULED, now).page(0, BATCH).list().stream().map(r -> r.id).toList());
        int sent = 0;
        for (UUID id : due) {
            boolean claimed = QuarkusTransaction.requiringNew().call(() -> {
                int updated = ReminderRecord.update("status = ?1, sentAt = ?2 where id = ?3 and status = ?4", Reminder.Status.SENT, now, id,
                        Reminder.Status.SCHEDULED);
                if (updated != 1) {
                    return false;
                }
                ReminderRecord record = ReminderRecord.findById(id);
                events.publish(new ReminderSent(UUID.randomUUID(), now, id, record.order, record.product, record.sku));
                return true;
            });
            sent += claimed ? 1 : 0;
        }
        return sent;
    }

    private Optional<ReplenishmentInterval> interval(Order.Line line) {
        try {
            return catalog.replenishmentFor(line.product());
        } catch (NoSuchElementException gone) {
            return Optional.empty(); // the product left the catalog
        }
    }

    /** When a delivered order arrived; null for any other (not yet delivered, or refunded or cancelled since). */
    static Instant deliveredAt(Order order) {
        return order.status() == Order.Status.DELIVERED ? order.deliveredAt() : null;
    }

    private Order order(UUID order, String owner) {
        try {
            return checkout.order(order, owner);
        } catch (CheckoutException e) {
            if (e.kind() == CheckoutException.Kind.ORDER_NOT_FOUND) {
                throw new NoSuchElementException("no order " + order);
            }
            throw e;
        }
    }
}
