package com.concierge.measurement.internal.privacy;

import com.concierge.measurement.internal.Rows;
import com.concierge.assistant.api.Assistant;
import com.concierge.kernel.events.Outbox;
import com.concierge.measurement.api.ErasureReport;
import com.concierge.measurement.api.IntentRecord;
import com.concierge.measurement.api.PurgeReport;
import com.concierge.measurement.api.ShopperHistory;
import com.concierge.measurement.internal.audit.AuditRecord;
import com.concierge.measurement.internal.intents.CartAddRow;
import com.concierge.measurement.internal.intents.ConversationFacts;
import com.concierge.measurement.internal.intents.IntentRecords;
import com.concierge.measurement.internal.intents.OrderConversation;
import com.concierge.measurement.internal.intents.OrderFacts;
import com.concierge.measurement.internal.intents.TurnRow;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Retention, erasure and a shopper's own history over measurement's records (docs/privacy.md).
 * A shopper is known by their identity subject; a conversation is theirs once a cart or an order
 * they made while signed in names it.
 */
@ApplicationScoped
public class Privacy {

    private static final Logger LOG = Logger.getLogger(Privacy.class);

    private final IntentRecords records;
    private final Assistant assistant;
    private final Outbox outbox;
    private final com.concierge.postpurchase.api.Reminders reminders;
    private final Duration textRetention;
    private final Duration eventRetention;
    private final Duration recordRetention;
    private final Clock clock = Clock.systemUTC();

    Privacy(IntentRecords records, Assistant assistant, Outbox outbox, com.concierge.postpurchase.api.Reminders reminders,
            @ConfigProperty(name = "cc.measurement.retention.text", defaultValue = "90D") Duration textRetention,
            @ConfigProperty(name = "cc.measurement.retention.events", defaultValue = "90D") Duration eventRetention,
            @ConfigProperty(name = "cc.measurement.retention.records", defaultValue = "730D") Duration recordRetention) {
        this.records = records;
        this.assistant = assistant;
        this.reminders = reminders;
        this.outbox = outbox;
        this.textRetention = textRetention;
        this.eventRetention = eventRetention;
        this.recordRetention = recordRetention;
    }

    /** The earliest instant whose intent records are still kept: KPIs of earlier days cannot be recomputed. */
    public Instant recordsKeptFrom() {
        return clock.instant().minus(recordRetention);
    }

    /** Applies every retention period as of now. */
    @Transactional
    public PurgeReport purge() {
        Instant now = clock.instant();
        Instant textBefore = now.minus(textRetention);
        Instant eventsBefore = now.minus(eventRetention);
        Instant recordsBefore = now.minus(recordRetention);
        int texts = TurnRow.update("text = null, uncoveredWords = '[]' where occurredAt < ?1 and (text is not null or uncoveredWords <> '[]')",
                textBefore);
        int audits = AuditRecord.update("question = null, reply = null where answeredAt < ?1 and (question is not null or reply is not null)",
                textBefore);
        int assistantConversations = assistant.forgetIdleSince(textBefore);
        int events = Panache.getEntityManager().createNativeQuery("DELETE FROM measurement_event_log WHERE occurred_at < :before")
                .setParameter("before", eventsBefore).executeUpdate();
        List<UUID> oldConversations = ConversationFacts.<ConversationFacts>list("startedAt < ?1", recordsBefore).stream().map(c -> c.id).toList();
        int messages = (int) TurnRow.delete("occurredAt < ?1", recordsBefore);
        int cartAdds = (int) CartAddRow.delete("occurredAt < ?1", recordsBefore);
        List<UUID> oldOrders = OrderFacts.<OrderFacts>list("placedAt < ?1", recordsBefore).stream().map(o -> o.orderId).toList();
        for (List<UUID> chunk : Rows.chunks(oldOrders)) {
            OrderConversation.delete("key.order in ?1", chunk);
        }
        for (List<UUID> chunk : Rows.chunks(oldConversations)) {
            OrderConversation.delete("key.conversation in ?1", chunk);
            AuditRecord.delete("conversation in ?1", chunk);
        }
        int orders = (int) OrderFacts.delete("placedAt < ?1", recordsBefore);
        int conversations = (int) ConversationFacts.delete("startedAt < ?1", recordsBefore);
        return new PurgeReport(textBefore, texts, audits, assistantConversations, eventsBefore, events, recordsBefore, conversations,
                messages, cartAdds, orders);
    }

    @Scheduled(cron = "${cc.measurement.retention.cron:0 20 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeDaily() {
        try {
            LOG.infof("Retention purge: %s", purge());
        } catch (RuntimeException e) {
            LOG.warnf("Retention purge failed, retried tomorrow: %s", e.toString());
        }
    }

    /** Everything held about the shopper, oldest first. */
    @Transactional
    public ShopperHistory history(String shopper) {
        List<OrderFacts> owned = OrderFacts.list("owner = ?1 order by placedAt", shopper);
        List<ConversationFacts> conversations = conversationsOf(shopper, owned);
        conversations.sort(Comparator.comparing((ConversationFacts c) -> c.startedAt));
        List<IntentRecord> intents = records.of(conversations);
        List<IntentRecord.CartAdd> adds = CartAddRow.<CartAddRow>list("owner = ?1 order by occurredAt", shopper).stream()
                .map(records::cartAdd).toList();
        List<IntentRecord.Order> orders = owned.stream().map(records::order).toList();
        return new ShopperHistory(shopper, intents, adds, orders);
    }

    /**
     * Erases the shopper: their conversations, messages, adds to cart, audits and logged events
     * go, in measurement and in the assistant's conversation store; their orders stay for the KPIs
     * without them (no shopper, no conversation).
     */
    @Transactional
    public ErasureReport erase(String shopper) {
        List<OrderFacts> owned = OrderFacts.list("owner", shopper);
        Set<UUID> linked = new LinkedHashSet<>();
        conversationsOf(shopper, owned).forEach(c -> linked.add(c.id));
        linked.addAll(assistant.conversationsOf(shopper)); // including any whose turns measurement has not seen yet
        List<UUID> conversations = List.copyOf(linked);
        List<UUID> orders = owned.stream().map(o -> o.orderId).toList();
        int messages = 0;
        int audits = 0;
        int events = 0;
        int cartAdds = (int) CartAddRow.delete("owner", shopper);
        for (List<UUID> chunk : Rows.chunks(conversations)) {
            messages += (int) TurnRow.delete("key.conversation in ?1", chunk);
            audits += (int) AuditRecord.delete("conversation in ?1", chunk);
            cartAdds += (int) CartAddRow.delete("conversation in ?1", chunk);
            OrderConversation.delete("key.conversation in ?1", chunk);
            events += deleteEvents("conversation_id", chunk);
            ConversationFacts.delete("id in ?1", chunk);
        }
        for (List<UUID> chunk : Rows.chunks(orders)) {
            OrderConversation.delete("key.order in ?1", chunk);
            events += deleteEvents("order_id", chunk);
        }
        int anonymised = OrderFacts.update("owner = null, conversations = '[]' where owner = ?1", shopper);
        events += Panache.getEntityManager().createNativeQuery("DELETE FROM measurement_event_log WHERE owner = :owner")
                .setParameter("owner", shopper).executeUpdate();
        assistant.forget(conversations);
        reminders.forget(shopper); // a reminder holds the shopper and their order: it goes with them
        List<String> mentions = new ArrayList<>();
        mentions.add(shopper);
        conversations.forEach(c -> mentions.add(c.toString()));
        orders.forEach(o -> mentions.add(o.toString()));
        int outboxRows = outbox.forgetDelivered(mentions);
        return new ErasureReport(shopper, conversations.size(), messages, cartAdds, anonymised, events, audits, outboxRows);
    }

    /** Conversations linked to the shopper: by their row, their adds to cart or their orders ({@code owned}). */
    private static List<ConversationFacts> conversationsOf(String shopper, List<OrderFacts> owned) {
        Set<UUID> ids = new LinkedHashSet<>();
        ConversationFacts.<ConversationFacts>list("owner", shopper).forEach(c -> ids.add(c.id));
        CartAddRow.<CartAddRow>list("owner = ?1 and conversation is not null", shopper).forEach(a -> ids.add(a.conversation));
        List<UUID> orders = owned.stream().map(o -> o.orderId).toList();
        for (List<UUID> chunk : Rows.chunks(orders)) {
            OrderConversation.<OrderConversation>list("key.order in ?1", chunk).forEach(l -> ids.add(l.key.conversation()));
        }
        List<ConversationFacts> found = new ArrayList<>();
        for (List<UUID> chunk : Rows.chunks(ids)) {
            found.addAll(ConversationFacts.list("id in ?1", chunk));
        }
        return found;
    }

    private static int deleteEvents(String column, List<UUID> ids) {
        return Panache.getEntityManager().createNativeQuery("DELETE FROM measurement_event_log WHERE " + column + " IN (:ids)")
                .setParameter("ids", ids).executeUpdate();
    }
}
