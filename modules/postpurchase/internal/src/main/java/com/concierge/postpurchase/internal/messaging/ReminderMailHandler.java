package com.concierge.postpurchase.internal.messaging;

import com.concierge.kernel.events.Inbox;
import com.concierge.postpurchase.api.events.ReminderSent;
import com.concierge.postpurchase.internal.replenish.ReminderMail;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Sends a reminder's e-mail once its {@link ReminderSent} leaves the outbox: after a crash too, and
 * once per reminder (the inbox skips a second delivery); a mail server that fails rolls the delivery
 * back and the outbox tries again.
 */
@ApplicationScoped
public class ReminderMailHandler {

    static final String CONSUMER = "postpurchase-reminder-mail";

    private final Inbox inbox;
    private final ReminderMail mail;

    ReminderMailHandler(Inbox inbox, ReminderMail mail) {
        this.inbox = inbox;
        this.mail = mail;
    }

    @Incoming(ReminderSent.CHANNEL)
    @Blocking
    @Transactional
    public void on(ReminderSent event) {
        if (inbox.firstDelivery(CONSUMER, event.eventId())) {
            mail.send(event.reminderId());
        }
    }
}
