package com.concierge.postpurchase.internal.replenish;

import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.CheckoutException;
import com.concierge.checkout.api.Order;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The reminder e-mail (docs/postpurchase.md#replenishment), sent by {@link com.concierge.postpurchase.internal.messaging.ReminderMailHandler}
 * from the outbox: to the order's e-mail, with the interval's advice and the reorder link. Every send
 * of one reminder carries the same Message-ID, so a repeat after a crash reads as one message. By
 * default the mailer only logs (quarkus.mailer.mock).
 */
@ApplicationScoped
public class ReminderMail {

    private static final Logger LOG = Logger.getLogger(ReminderMail.class);
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(20);

    private final ReactiveMailer mailer;
    private final Checkout checkout;
    private final String storeName;
    private final String storeUrl;

    ReminderMail(ReactiveMailer mailer, Checkout checkout, @ConfigProperty(name = "cc.store.name", defaultValue = "Concierge Commerce") String storeName,
                 @ConfigProperty(name = "cc.store.url", defaultValue = "http://localhost:8080") String storeUrl) {
        this.mailer = mailer;
        this.checkout = checkout;
        this.storeName = storeName;
        this.storeUrl = storeUrl;
    }

    /** Sends reminder {@code id}'s e-mail in the caller's transaction; one that is gone, or cancelled, gets none. */
    public void send(UUID id) {
        ReminderRecord reminder = ReminderRecord.findById(id);
        if (reminder == null) {
            LOG.warnf("No reminder %s: no e-mail sent", id);
            return;
        }
        Order order;
        try {
            order = checkout.order(reminder.order, Checkout.STAFF);
        } catch (CheckoutException gone) {
            LOG.warnf("The order of reminder %s is gone: no e-mail sent", id);
            return;
        }
        String link = storeUrl + "/reorder/" + reminder.id;
        String text = "It is " + reminder.days + " days since your " + reminder.title + " arrived (order " + reminder.orderNumber + ").\n\n"
                + reminder.advice + "\n\nReorder it at today's price: " + link + "\n\n"
                + "You asked for this reminder on your order's page; it is the only one we send for it.\n";
        Mail mail = Mail.withText(order.email(), storeName + ": time to replace your " + reminder.title, text)
                .addHeader("Message-ID", messageId(reminder.id));
        mailer.send(mail).await().atMost(SEND_TIMEOUT);
        reminder.mails++;
        LOG.infof("Reminder %s for order %s sent", reminder.id, reminder.orderNumber);
    }

    /** The same for every send of one reminder: {@code <reminder-{id}@{store host}>}. */
    String messageId(UUID id) {
        return com.concierge.kernel.mail.MessageIds.of("reminder", id, storeUrl);
    }
}
