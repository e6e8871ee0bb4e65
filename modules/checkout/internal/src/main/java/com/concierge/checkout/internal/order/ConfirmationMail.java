package com.concierge.checkout.internal.order;

import com.concierge.checkout.api.Order;
import com.concierge.kernel.Money;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The order confirmation e-mail, in text and HTML. Sent from the outbox once the order committed
 * ({@link com.concierge.checkout.internal.messaging.OrderConfirmationHandler}): a mail server that is slow or down never holds up or fails an
 * order, and a failed send is tried again. By default the mailer only logs (quarkus.mailer.mock);
 * docs/checkout.md says how to use an SMTP server.
 *
 * <p>A mail server has no idempotency key, so a store that dies after the server accepted the mail
 * and before the inbox row committed sends that one mail again after the restart. Both copies carry
 * the same {@code Message-ID}, made from the order's id, which mail clients and providers use to show
 * them as one message (docs/adr/0029-confirmation-mail-at-least-once.md).
 */
@ApplicationScoped
public class ConfirmationMail {

    private static final Logger LOG = Logger.getLogger(ConfirmationMail.class);
    /** The storefront's order page (CheckoutPage): a guest reaches it by the order's unguessable id. */
    static final String ORDER_PAGE = "/checkout/orders/";
    private static final java.time.Duration SEND_TIMEOUT = java.time.Duration.ofSeconds(30);

    private final ReactiveMailer mailer;
    private final OrderDesk desk;
    private final String storeName;
    private final String storeUrl;

    ConfirmationMail(ReactiveMailer mailer, OrderDesk desk, @ConfigProperty(name = "cc.store.name", defaultValue = "Concierge Commerce") String storeName,
                     @ConfigProperty(name = "cc.store.url", defaultValue = "http://localhost:8080") String storeUrl) {
        this.mailer = mailer;
        this.desk = desk;
        this.storeName = storeName;
        this.storeUrl = storeUrl;
    }

    /**
     * Sends the confirmation of order {@code id} (in the caller's transaction, which reads the order);
     * an order that is not there (erased since) gets none.
     */
    public void send(UUID id) {
        OrderRecord order = OrderRecord.findById(id);
        if (order == null) {
            LOG.warnf("No order %s to confirm: no confirmation sent", id);
            return;
        }
        send(desk.view(order));
    }

    /** Sends it and waits for the mail server's answer; fails when the server refuses or does not answer in time. */
    void send(Order order) {
        String messageId = messageId(order);
        Mail mail = Mail.withText(order.email(), subject(order), text(order)).setHtml(html(order)).addHeader("Message-ID", messageId);
        mailer.send(mail).await().atMost(SEND_TIMEOUT);
        LOG.infof("Confirmation of order %s sent as %s", order.number(), messageId);
    }

    /** The same for every send of one order's confirmation: {@code <order-{id}@{store host}>}. */
    String messageId(Order order) {
        return com.concierge.kernel.mail.MessageIds.of("order", order.id(), storeUrl);
    }

    String subject(Order order) {
        return storeName + ": order " + order.number() + " confirmed";
    }

    String text(Order order) {
        StringBuilder text = new StringBuilder("Thank you for your order ").append(order.number()).append(".\n\n");
        for (Order.Line line : order.lines()) {
            text.append(line.quantity()).append(" × ").append(line.title());
            if (!line.options().isEmpty()) {
                text.append(" (").append(String.join(", ", line.options().values())).append(')');
            }
            text.append("  ").append(format(line.lineTotal())).append('\n');
        }
        text.append('\n').append("Subtotal: ").append(format(order.totals().subtotal())).append('\n');
        if (order.totals().discount().minorUnits() != 0) {
            text.append("Discount (").append(order.discountCode()).append("): ").append(format(order.totals().discount())).append('\n');
        }
        text.append("Shipping (").append(order.shippingOption()).append(" to ").append(order.region()).append("): ")
                .append(format(order.totals().shipping())).append('\n')
                .append("Tax: ").append(format(order.totals().tax())).append('\n')
                .append("Total: ").append(format(order.totals().total())).append('\n');
        if (order.payment().nextActionUrl() != null) {
            text.append("\nYour bank asks you to confirm the payment: ").append(storeUrl).append(order.payment().nextActionUrl()).append('\n');
        } else if (order.payment().cardLast4() != null) {
            text.append("\nPaid with ").append(order.payment().cardBrand()).append(" ending in ").append(order.payment().cardLast4()).append(".\n");
        }
        text.append("\nYour order: ").append(storeUrl).append(ORDER_PAGE).append(order.id()).append('\n');
        return text.toString();
    }

    String html(Order order) {
        StringBuilder html = new StringBuilder("<p>Thank you for your order <strong>").append(escape(order.number())).append("</strong>.</p><table>");
        for (Order.Line line : order.lines()) {
            html.append("<tr><td>").append(line.quantity()).append(" × ").append(escape(line.title())).append("</td><td>")
                    .append(escape(format(line.lineTotal()))).append("</td></tr>");
        }
        html.append("<tr><th>Total</th><th>").append(escape(format(order.totals().total()))).append("</th></tr></table>")
                .append("<p><a href=\"").append(escape(storeUrl + ORDER_PAGE + order.id())).append("\">Your order</a></p>");
        return html.toString();
    }

    private static String format(Money money) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(money.currency());
        return format.format(money.amount());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
