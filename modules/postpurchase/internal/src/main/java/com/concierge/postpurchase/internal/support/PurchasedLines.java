package com.concierge.postpurchase.internal.support;

import com.concierge.assistant.api.Purchases;
import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.Order;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The assistant's {@link Purchases} port, from checkout's orders: the lines of the shopper's recent
 * orders that were not cancelled, newest first (docs/postpurchase.md#in-the-conversation).
 */
@ApplicationScoped
class PurchasedLines implements Purchases {

    /** Orders looked at: help is about what was bought lately. */
    static final int RECENT_ORDERS = 50;

    private final Checkout checkout;

    PurchasedLines(Checkout checkout) {
        this.checkout = checkout;
    }

    @Override
    public List<Purchase> of(String subject) {
        if (subject == null) {
            return List.of();
        }
        List<Purchase> bought = new ArrayList<>();
        for (Order order : checkout.orders(subject, RECENT_ORDERS)) {
            if (order.status() == Order.Status.CANCELLED) {
                continue;
            }
            boolean delivered = order.deliveredAt() != null;
            for (Order.Line line : order.lines()) {
                bought.add(new Purchase(line.product(), line.sku(), line.title(), line.category(), order.id(), order.number(), order.placedAt(),
                        delivered, order.status().word(), order.shipment() == null ? null : order.shipment().carrier(),
                        order.shipment() == null ? null : order.shipment().trackingNumber()));
            }
        }
        return bought;
    }
}
