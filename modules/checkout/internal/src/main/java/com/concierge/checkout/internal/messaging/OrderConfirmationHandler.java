package com.concierge.checkout.internal.messaging;

import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.checkout.internal.order.ConfirmationMail;
import com.concierge.kernel.events.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Sends an order's confirmation e-mail once its {@link OrderPlaced} event leaves the outbox: only for
 * an order that committed, after a crash too, and once per order (the inbox skips a second delivery).
 * A mail server that fails the send rolls the delivery back, and the outbox tries again later.
 */
@ApplicationScoped
public class OrderConfirmationHandler {

    static final String CONSUMER = "checkout-confirmation-mail";

    private final Inbox inbox;
    private final ConfirmationMail mail;

    OrderConfirmationHandler(Inbox inbox, ConfirmationMail mail) {
        this.inbox = inbox;
        this.mail = mail;
    }

    @Incoming(OrderPlaced.CHANNEL)
    @Blocking
    @Transactional
    public void on(OrderPlaced event) {
        if (inbox.firstDelivery(CONSUMER, event.eventId())) {
            mail.send(event.orderId());
        }
    }
}
