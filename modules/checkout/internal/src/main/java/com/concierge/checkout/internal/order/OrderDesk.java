package com.concierge.checkout.internal.order;

import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.checkout.api.Cart;
import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.CheckoutException;
import com.concierge.checkout.api.CheckoutException.Kind;
import com.concierge.checkout.api.Order;
import com.concierge.checkout.api.Order.Status;
import com.concierge.checkout.api.events.OrderCancelled;
import com.concierge.checkout.api.events.OrderDelivered;
import com.concierge.checkout.api.events.OrderPaid;
import com.concierge.checkout.api.events.OrderRefunded;
import com.concierge.checkout.api.payments.PaymentGateway;
import com.concierge.checkout.api.payments.PaymentResult;
import com.concierge.kernel.Money;
import com.concierge.kernel.events.EventPublisher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Orders after placement: reading them, and the state machine. Every transition is a conditional
 * update on the current status, so two racing requests (two cancels, a cancel and a fulfilment)
 * cannot both act; the loser gets {@link Kind#INVALID_TRANSITION}.
 */
@ApplicationScoped
public class OrderDesk {

    private static final Map<Status, Set<Status>> NEXT = Map.of(
            Status.PLACED, EnumSet.of(Status.PAID, Status.CANCELLED),
            Status.PAID, EnumSet.of(Status.FULFILLED, Status.CANCELLED, Status.REFUNDED),
            Status.FULFILLED, EnumSet.of(Status.DELIVERED, Status.REFUNDED),
            Status.DELIVERED, EnumSet.of(Status.REFUNDED),
            Status.CANCELLED, EnumSet.noneOf(Status.class),
            Status.REFUNDED, EnumSet.noneOf(Status.class));

    private final ObjectMapper json;
    private final PaymentGateway payments;
    private final Inventory inventory;
    private final EventPublisher events;
    private final Clock clock = Clock.systemUTC();

    OrderDesk(ObjectMapper json, PaymentGateway payments, Inventory inventory, EventPublisher events) {
        this.json = json;
        this.payments = payments;
        this.inventory = inventory;
        this.events = events;
    }

    /** Whether {@code from → to} is a transition of the state machine. */
    public static boolean allowed(Status from, Status to) {
        return NEXT.get(from).contains(to);
    }

    @Transactional
    public Order order(UUID id, String owner) {
        return view(find(id, owner));
    }

    @Transactional
    public Optional<Order> byNumber(String number) {
        return OrderRecord.<OrderRecord>find("number", number).firstResultOptional().map(this::view);
    }

    @Transactional
    public List<Order> orders(String owner, int limit) {
        if (limit < 1 || limit > 200) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "limit must be between 1 and 200");
        }
        return OrderRecord.<OrderRecord>find("owner", Sort.descending("placedAt"), owner).page(0, limit).list().stream().map(this::view).toList();
    }

    @Transactional
    public Order confirmPayment(UUID id, String owner) {
        OrderRecord order = find(id, owner);
        Order.Payment payment = payment(order);
        if (!Status.PLACED.name().equals(order.status) || !"REQUIRES_ACTION".equals(payment.status())) {
            throw new CheckoutException(Kind.INVALID_TRANSITION, "Order " + order.number + " is " + order.status.toLowerCase()
                    + " and has no payment waiting for confirmation.");
        }
        PaymentResult result = payments.confirm(payment.reference());
        if (result.status() != PaymentResult.Status.CAPTURED) {
            throw new CheckoutException(Kind.PAYMENT_DECLINED, "The payment provider did not confirm the payment (" + result.declineCode() + ").");
        }
        order = move(order, Status.PAID, "payment confirmed");
        order.payment = write(new Order.Payment(payment.provider(), "CAPTURED", payment.reference(), payment.cardBrand(), payment.cardLast4(), null));
        events.publish(new OrderPaid(UUID.randomUUID(), clock.instant(), order.id, order.number, order.totalMinor, order.currency,
                payment.provider(), order.assisted));
        return view(order);
    }

    @Transactional
    public Order cancel(UUID id, String owner, String reason) {
        OrderRecord order = find(id, owner);
        Status from = Status.valueOf(order.status);
        if (from != Status.PLACED && from != Status.PAID) {
            throw invalid(order, Status.CANCELLED);
        }
        String why = reason == null || reason.isBlank() ? "cancelled" : reason.strip();
        order = move(order, Status.CANCELLED, why);
        long refunded = 0;
        Order.Payment payment = payment(order);
        if (from == Status.PAID) {
            refunded = order.totalMinor - order.refundedMinor;
            if (refunded > 0) {
                refundAtProvider(order, payment, refunded);
            }
            order.refundedMinor = order.totalMinor;
            payment = new Order.Payment(payment.provider(), "REFUNDED", payment.reference(), payment.cardBrand(), payment.cardLast4(), null);
        } else {
            payment = new Order.Payment(payment.provider(), "VOIDED", payment.reference(), payment.cardBrand(), payment.cardLast4(), null);
        }
        order.payment = write(payment);
        for (OrderRecord.Item item : order.items) {
            inventory.putBack(item.sku, item.quantity);
        }
        events.publish(new OrderCancelled(UUID.randomUUID(), clock.instant(), order.id, order.number, why, refunded, order.currency, order.assisted));
        return view(order);
    }

    @Transactional
    public Order advance(UUID id, Status to, String by) {
        OrderRecord order = find(id, Checkout.STAFF);
        return view(move(order, to, by == null ? to.name().toLowerCase() : to.name().toLowerCase() + " by " + by));
    }

    /** Fulfils the order as a parcel with its carrier and tracking number, which the order then shows. */
    @Transactional
    public Order fulfil(UUID id, String by, String carrier, String trackingNumber) {
        if (carrier == null || carrier.isBlank() || carrier.strip().length() > 100 || trackingNumber == null || trackingNumber.isBlank()
                || trackingNumber.strip().length() > 100) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "A shipment needs a carrier and a tracking number, each at most 100 characters.");
        }
        OrderRecord order = find(id, Checkout.STAFF);
        order = move(order, Status.FULFILLED, (by == null ? "fulfilled" : "fulfilled by " + by) + ": " + carrier.strip() + " "
                + trackingNumber.strip());
        order.carrier = carrier.strip();
        order.trackingNumber = trackingNumber.strip();
        return view(order);
    }

    /**
     * Marks the order delivered at {@code at} (now when null), which the history records as the
     * change's time, and publishes {@link OrderDelivered}.
     */
    @Transactional
    public Order deliver(UUID id, String by, Instant at) {
        OrderRecord order = find(id, Checkout.STAFF);
        Instant now = clock.instant();
        Instant deliveredAt = at == null ? now : at;
        if (deliveredAt.isAfter(now.plusSeconds(60)) || deliveredAt.isBefore(order.placedAt)) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "Order " + order.number + " can be delivered between its placement ("
                    + order.placedAt + ") and now, not at " + deliveredAt + ".");
        }
        order = move(order, Status.DELIVERED, by == null ? "delivered" : "delivered by " + by, deliveredAt.isAfter(now) ? now : deliveredAt);
        events.publish(new OrderDelivered(UUID.randomUUID(), now, order.id, order.number, deliveredAt.isAfter(now) ? now : deliveredAt,
                order.items.stream().map(i -> i.sku).toList(), order.assisted));
        return view(order);
    }

    @Transactional
    public Order refund(UUID id, Money amount, String reason) {
        OrderRecord order = find(id, Checkout.STAFF);
        Status status = Status.valueOf(order.status);
        if (!allowed(status, Status.REFUNDED)) {
            throw invalid(order, Status.REFUNDED);
        }
        if (amount == null || !amount.currency().getCurrencyCode().equals(order.currency)) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "a refund of order " + order.number + " is in " + order.currency);
        }
        long left = order.totalMinor - order.refundedMinor;
        if (amount.minorUnits() < 1 || amount.minorUnits() > left) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "a refund must be between 0.01 and what is left to refund ("
                    + new Money(left, amount.currency()) + ")");
        }
        int updated = OrderRecord.update("refundedMinor = refundedMinor + ?1 where id = ?2 and status = ?3 and refundedMinor + ?1 <= totalMinor",
                amount.minorUnits(), id, order.status);
        if (updated != 1) {
            throw new CheckoutException(Kind.INVALID_TRANSITION, "Order " + order.number + " changed meanwhile; look at it again.");
        }
        OrderRecord.getEntityManager().refresh(order);
        Order.Payment payment = payment(order);
        refundAtProvider(order, payment, amount.minorUnits());
        boolean full = order.refundedMinor == order.totalMinor;
        String why = reason == null || reason.isBlank() ? "refund" : reason.strip();
        if (full) {
            order = move(order, Status.REFUNDED, why);
        } else {
            order.history = write(append(history(order), new Order.Change(clock.instant(), status, "partial refund of " + amount + ": " + why)));
        }
        order.payment = write(new Order.Payment(payment.provider(), full ? "REFUNDED" : "PARTIALLY_REFUNDED", payment.reference(),
                payment.cardBrand(), payment.cardLast4(), null));
        events.publish(new OrderRefunded(UUID.randomUUID(), clock.instant(), order.id, order.number, amount.minorUnits(), order.refundedMinor,
                order.currency, full, why, order.assisted));
        return view(order);
    }

    /** Cancels orders whose payment has waited for the shopper's action since before {@code before}. */
    @Transactional
    public int cancelAbandonedPayments(Instant before) {
        List<OrderRecord> waiting = OrderRecord.list("status = ?1 and placedAt < ?2", Status.PLACED.name(), before);
        int cancelled = 0;
        for (OrderRecord order : waiting) {
            if ("REQUIRES_ACTION".equals(payment(order).status())) {
                cancel(order.id, Checkout.STAFF, "payment not completed in time");
                cancelled++;
            }
        }
        return cancelled;
    }

    private void refundAtProvider(OrderRecord order, Order.Payment payment, long minor) {
        PaymentResult result = payments.refund(payment.reference(), new Money(minor, java.util.Currency.getInstance(order.currency)));
        if (result.status() != PaymentResult.Status.REFUNDED) {
            throw new IllegalStateException("the payment provider refused a refund of order " + order.number + ": " + result.declineCode());
        }
    }

    /** Moves the order by a conditional update and records the change; fails when the status moved meanwhile. */
    private OrderRecord move(OrderRecord order, Status to, String note) {
        return move(order, to, note, clock.instant());
    }

    /** As {@link #move(OrderRecord, Status, String)}, the change dated {@code at}. */
    private OrderRecord move(OrderRecord order, Status to, String note, Instant at) {
        Status from = Status.valueOf(order.status);
        if (!allowed(from, to)) {
            throw invalid(order, to);
        }
        if (OrderRecord.update("status = ?1 where id = ?2 and status = ?3", to.name(), order.id, from.name()) != 1) {
            throw new CheckoutException(Kind.INVALID_TRANSITION, "Order " + order.number + " changed meanwhile; look at it again.");
        }
        OrderRecord.getEntityManager().refresh(order);
        order.history = write(append(history(order), new Order.Change(at, to, note)));
        return order;
    }

    private static CheckoutException invalid(OrderRecord order, Status to) {
        return new CheckoutException(Kind.INVALID_TRANSITION, "Order " + order.number + " is " + order.status.toLowerCase()
                + "; it cannot become " + to.name().toLowerCase() + ".");
    }

    /** The order, when {@code owner} may see it: its shopper, anyone with a guest order's id, or staff. */
    OrderRecord find(UUID id, String owner) {
        OrderRecord order = OrderRecord.findById(id);
        if (order == null || (order.owner != null && !order.owner.equals(owner) && !Checkout.STAFF.equals(owner))) {
            throw new CheckoutException(Kind.ORDER_NOT_FOUND, "No order " + id + ".");
        }
        return order;
    }

    public Order view(OrderRecord order) {
        java.util.Currency currency = java.util.Currency.getInstance(order.currency);
        List<Order.Line> lines = order.items.stream().map(i -> new Order.Line(i.sku, i.product, i.title, read(i.options, new TypeReference<Map<String, String>>() {
        }), i.category, i.quantity, new Money(i.unitPriceMinor, currency), new Money(i.unitPriceMinor, currency).times(i.quantity),
                i.conversation, i.receipt)).toList();
        Cart.Totals totals = new Cart.Totals(new Money(order.subtotalMinor, currency), new Money(-order.discountMinor, currency),
                new Money(order.shippingMinor, currency), new Money(order.taxMinor, currency), new Money(order.totalMinor, currency), true);
        return new Order(order.id, order.number, order.owner, order.email, Status.valueOf(order.status), lines, totals, order.region,
                order.shippingOption, order.discountCode, payment(order), new Money(order.refundedMinor, currency), order.assisted,
                history(order), order.placedAt, order.carrier == null ? null : new Order.Shipment(order.carrier, order.trackingNumber));
    }

    Order.Payment payment(OrderRecord order) {
        return read(order.payment, new TypeReference<Order.Payment>() {
        });
    }

    List<Order.Change> history(OrderRecord order) {
        return read(order.history, new TypeReference<List<Order.Change>>() {
        });
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
