package com.concierge.measurement.internal.intents;

import com.concierge.measurement.api.IntentRecord;
import com.concierge.measurement.internal.JsonColumns;
import com.concierge.measurement.internal.Rows;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads intent records (conversation, messages, adds to cart, orders) out of the measurement tables. */
@ApplicationScoped
public class IntentRecords {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> SHOWN = new TypeReference<>() {
    };

    private final JsonColumns json;

    IntentRecords(JsonColumns json) {
        this.json = json;
    }

    /** The records of these conversations, in the order given, each with its messages, adds to cart and orders. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IntentRecord> of(List<ConversationFacts> conversations) {
        List<UUID> ids = conversations.stream().map(c -> c.id).toList();
        Map<UUID, List<IntentRecord.Message>> messages = new HashMap<>();
        Map<UUID, List<IntentRecord.CartAdd>> adds = new HashMap<>();
        Map<UUID, Set<UUID>> orderIds = new HashMap<>();
        Map<UUID, OrderFacts> orders = new HashMap<>();
        for (List<UUID> chunk : Rows.chunks(ids)) {
            TurnRow.<TurnRow>list("key.conversation in ?1 order by key.turn", chunk)
                    .forEach(t -> messages.computeIfAbsent(t.key.conversation(), k -> new ArrayList<>()).add(message(t)));
            CartAddRow.<CartAddRow>list("conversation in ?1 order by occurredAt", chunk)
                    .forEach(a -> adds.computeIfAbsent(a.conversation, k -> new ArrayList<>()).add(cartAdd(a)));
            OrderConversation.<OrderConversation>list("key.conversation in ?1", chunk)
                    .forEach(l -> orderIds.computeIfAbsent(l.key.conversation(), k -> new LinkedHashSet<>()).add(l.key.order()));
        }
        Set<UUID> allOrders = new LinkedHashSet<>();
        orderIds.values().forEach(allOrders::addAll);
        for (List<UUID> chunk : Rows.chunks(allOrders)) {
            OrderFacts.<OrderFacts>list("orderId in ?1", chunk).forEach(o -> orders.put(o.orderId, o));
        }
        List<IntentRecord> records = new ArrayList<>(conversations.size());
        for (ConversationFacts c : conversations) {
            List<IntentRecord.Order> ordered = orderIds.getOrDefault(c.id, Set.of()).stream().map(orders::get)
                    .filter(o -> o != null).sorted(Comparator.comparing((OrderFacts o) -> o.placedAt)).map(this::order).toList();
            records.add(new IntentRecord(c.id, c.startedAt, c.category, c.owner != null, messages.getOrDefault(c.id, List.of()),
                    adds.getOrDefault(c.id, List.of()), ordered));
        }
        return records;
    }

    public IntentRecord.Message message(TurnRow t) {
        List<IntentRecord.Shown> shown = json.read(t.shown, SHOWN).stream().map(s -> new IntentRecord.Shown(uuid(s.get("product")),
                uuid(s.get("receipt")), Boolean.TRUE.equals(s.get("sponsored")))).toList();
        return new IntentRecord.Message(t.key.turn(), t.occurredAt, t.text, t.intent, t.category, json.read(t.constraintFields, STRINGS),
                json.read(t.constraintWords, STRINGS), t.uncoveredWords == null ? List.of() : json.read(t.uncoveredWords, STRINGS), shown,
                t.relaxations, t.answered, t.refusedTopic);
    }

    public IntentRecord.CartAdd cartAdd(CartAddRow a) {
        return new IntentRecord.CartAdd(a.occurredAt, a.cart, a.conversation, a.product, a.sku, a.category, a.quantity, a.unitPriceMinor);
    }

    public IntentRecord.Order order(OrderFacts o) {
        return new IntentRecord.Order(o.orderId, o.placedAt, o.category, o.currency, o.totalMinor, o.assisted, o.attached,
                json.read(o.skus, STRINGS), json.read(o.conversations, IDS), o.cancelledAt, o.refundedMinor, o.returnedAt, o.returnReason);
    }

    /** The JSON list of words in a turn column. */
    public List<String> words(String column) {
        return column == null ? List.of() : json.read(column, STRINGS);
    }

    private static UUID uuid(Object value) {
        return value == null || value.toString().isBlank() ? null : UUID.fromString(value.toString());
    }
}
