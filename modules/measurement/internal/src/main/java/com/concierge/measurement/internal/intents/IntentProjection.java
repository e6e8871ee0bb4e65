package com.concierge.measurement.internal.intents;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.compatibility.Relation;
import com.concierge.checkout.api.events.CartLineAdded;
import com.concierge.checkout.api.events.OrderCancelled;
import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.checkout.api.events.OrderRefunded;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.measurement.internal.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps the intent records (conversations, turns, cart adds, orders) up to date from the events
 * measurement receives, in the intake's transaction. The event log keeps every event as it came;
 * these tables are what KPIs, analytics and exports read.
 */
@ApplicationScoped
public class IntentProjection {

    /** Intents that answer with recommendations (a zero-result turn is one of these that showed nothing). */
    static final Set<String> RECOMMENDING = Set.of("SHOP", "REFINE", "EDIT");
    private static final Set<Relation> ATTACHING = Set.of(Relation.FITS, Relation.REQUIRES);

    private final Catalog catalog;
    private final JsonColumns json;

    IntentProjection(Catalog catalog, JsonColumns json) {
        this.catalog = catalog;
        this.json = json;
    }

    /** Applies one event (see {@link #apply(List)}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IntegrationEvent event) {
        apply(List.of(event));
    }

    /**
     * Applies events, in order, that the inbox let through. The rows they touch are read in a few
     * queries first (conversations, turns, orders), so a batch of thousands costs a handful of
     * round trips plus the batched writes at commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<? extends IntegrationEvent> events) {
        Batch batch = new Batch(events);
        for (IntegrationEvent event : events) {
            switch (event) {
                case AssistantTurnTaken turn -> turn(batch, turn);
                case ShopperInteracted interaction -> interaction(batch, interaction);
                case CartLineAdded added -> cartAdd(batch, added);
                case OrderPlaced placed -> order(batch, placed);
                case OrderCancelled cancelled -> batch.order(cancelled.orderId())
                        .ifPresent(o -> o.cancelledAt = ConversationFacts.earliest(o.cancelledAt, cancelled.occurredAt()));
                case OrderRefunded refunded -> batch.order(refunded.orderId())
                        .ifPresent(o -> o.refundedMinor = Math.max(o.refundedMinor, refunded.totalRefundedMinor()));
                default -> {
                    // other events are kept in the event log only
                }
            }
        }
    }

    /** The rows a list of events touches, read up front; rows created while applying are added. */
    private final class Batch {

        private final Map<UUID, ConversationFacts> conversations = new HashMap<>();
        private final Set<TurnRow.Key> turns = new HashSet<>();
        private final Map<UUID, OrderFacts> orders = new HashMap<>();
        private final Map<UUID, List<CompatibilityLink>> links = new HashMap<>();

        Batch(List<? extends IntegrationEvent> events) {
            Set<UUID> conversationIds = new HashSet<>();
            Set<UUID> turnConversations = new HashSet<>();
            Set<UUID> orderIds = new HashSet<>();
            for (IntegrationEvent event : events) {
                switch (event) {
                    case AssistantTurnTaken t -> {
                        conversationIds.add(t.conversationId());
                        turnConversations.add(t.conversationId());
                    }
                    case ShopperInteracted i -> conversationIds.add(i.conversationId());
                    case CartLineAdded a when a.conversationId() != null -> conversationIds.add(a.conversationId());
                    case OrderPlaced o -> {
                        orderIds.add(o.orderId());
                        conversationIds.addAll(o.conversations());
                    }
                    case OrderCancelled o -> orderIds.add(o.orderId());
                    case OrderRefunded o -> orderIds.add(o.orderId());
                    default -> {
                    }
                }
            }
            for (List<UUID> chunk : IntentRecords.chunks(conversationIds)) {
                ConversationFacts.<ConversationFacts>list("id in ?1", chunk).forEach(c -> conversations.put(c.id, c));
            }
            for (List<UUID> chunk : IntentRecords.chunks(turnConversations)) {
                turns.addAll(TurnRow.getEntityManager()
                        .createQuery("select t.key from TurnRow t where t.key.conversation in :ids", TurnRow.Key.class)
                        .setParameter("ids", chunk).getResultList());
            }
            for (List<UUID> chunk : IntentRecords.chunks(orderIds)) {
                OrderFacts.<OrderFacts>list("orderId in ?1", chunk).forEach(o -> orders.put(o.orderId, o));
            }
        }

        /** The conversation's row, created at {@code at} when this is the first thing heard of it. */
        ConversationFacts conversation(UUID id, Instant at) {
            ConversationFacts facts = conversations.get(id);
            if (facts == null) {
                facts = new ConversationFacts();
                facts.id = id;
                facts.startedAt = at;
                facts.persist();
                conversations.put(id, facts);
            } else {
                facts.heardAt(at);
            }
            return facts;
        }

        /** False when the turn is known already (the same turn republished under another event id). */
        boolean newTurn(TurnRow.Key key) {
            return turns.add(key);
        }

        Optional<OrderFacts> order(UUID id) {
            return Optional.ofNullable(orders.get(id));
        }

        List<CompatibilityLink> links(UUID product) {
            return links.computeIfAbsent(product, p -> catalog.product(p).isEmpty() ? List.of() : catalog.compatibility(p));
        }
    }

    private void turn(Batch batch, AssistantTurnTaken event) {
        TurnRow.Key key = new TurnRow.Key(event.conversationId(), event.turn());
        if (!batch.newTurn(key)) {
            return; // the same turn under another event id (a republished event): counted once
        }
        ConversationFacts c = batch.conversation(event.conversationId(), event.occurredAt());
        c.turns++;
        if ("QUESTION".equals(event.intent())) {
            c.questions++;
            if (Boolean.TRUE.equals(event.answered())) {
                c.answered++;
            }
        }
        if (event.refusedTopic() != null || "REFUSED".equals(event.intent())) {
            c.refused++;
        }
        if (RECOMMENDING.contains(event.intent())) {
            c.recommendingTurns++;
            if (event.shown().isEmpty()) {
                c.zeroResultTurns++;
            }
            if (event.relaxations() > 0) {
                c.relaxedTurns++;
            }
        }
        c.impressions += event.shown().size();
        c.sponsoredImpressions += (int) event.sponsored().stream().filter(Boolean.TRUE::equals).count();
        if (event.category() != null) {
            c.category = event.category();
        }
        TurnRow row = new TurnRow();
        row.key = key;
        row.occurredAt = event.occurredAt();
        String text = event.text(); // redacted by the intake
        row.text = text == null ? null : text.length() > 2000 ? text.substring(0, 2000) : text;
        row.intent = event.intent();
        row.category = event.category();
        row.constraintFields = json.write(event.constraints());
        row.constraintWords = json.write(event.constraintWords());
        row.uncoveredWords = json.write(event.uncoveredWords());
        List<Map<String, Object>> shown = new ArrayList<>();
        for (int i = 0; i < event.shown().size(); i++) {
            shown.add(Map.of("product", event.shown().get(i), "receipt", i < event.receipts().size() ? event.receipts().get(i) : "",
                    "sponsored", i < event.sponsored().size() && Boolean.TRUE.equals(event.sponsored().get(i))));
        }
        row.shown = json.write(shown);
        row.relaxations = event.relaxations();
        row.answered = event.answered();
        row.refusedTopic = event.refusedTopic();
        row.persist();
    }

    private void interaction(Batch batch, ShopperInteracted event) {
        ConversationFacts c = batch.conversation(event.conversationId(), event.occurredAt());
        switch (event.kind()) {
            case CARD_CLICKED -> c.cardClicks++;
            case COMPARE_USED -> c.compares++;
            case HANDOFF_REQUESTED -> c.handoffAt = ConversationFacts.earliest(c.handoffAt, event.occurredAt());
        }
    }

    private void cartAdd(Batch batch, CartLineAdded event) {
        CartAddRow row = new CartAddRow();
        row.eventId = event.eventId();
        row.occurredAt = event.occurredAt();
        row.cart = event.cartId();
        row.owner = event.owner();
        row.conversation = event.conversationId();
        row.product = event.productId();
        row.sku = event.sku();
        row.category = event.category();
        row.quantity = event.quantity();
        row.unitPriceMinor = event.unitPriceMinor();
        row.persist();
        if (event.conversationId() != null) {
            ConversationFacts c = batch.conversation(event.conversationId(), event.occurredAt());
            c.firstCartAddAt = ConversationFacts.earliest(c.firstCartAddAt, event.occurredAt());
            if (event.owner() != null) {
                c.owner = event.owner();
            }
        }
    }

    private void order(Batch batch, OrderPlaced event) {
        if (batch.order(event.orderId()).isPresent()) {
            return;
        }
        OrderFacts o = new OrderFacts();
        o.orderId = event.orderId();
        o.owner = event.owner();
        o.placedAt = event.occurredAt();
        o.category = event.lines().stream().max(Comparator.comparingLong(l -> l.unitPriceMinor() * l.quantity()))
                .map(OrderPlaced.Line::category).orElse(null);
        o.currency = event.currency();
        o.totalMinor = event.totalMinor();
        o.assisted = event.assisted();
        o.lineCount = event.lines().size();
        o.attached = attached(batch, event.lines());
        o.conversations = json.write(event.conversations());
        o.skus = json.write(event.lines().stream().map(OrderPlaced.Line::sku).toList());
        o.persist();
        batch.orders.put(o.orderId, o);
        for (UUID conversation : Set.copyOf(event.conversations())) {
            OrderConversation.of(o.orderId, conversation).persist();
            ConversationFacts c = batch.conversation(conversation, event.occurredAt());
            c.orderedAt = ConversationFacts.earliest(c.orderedAt, event.occurredAt());
            if (event.owner() != null) {
                c.owner = event.owner();
            }
        }
    }

    /** Whether a line fits or requires the product of another line (the catalog's compatibility graph). */
    private boolean attached(Batch batch, List<OrderPlaced.Line> lines) {
        Set<UUID> products = lines.stream().map(OrderPlaced.Line::productId).collect(Collectors.toSet());
        if (products.size() < 2) {
            return false;
        }
        for (OrderPlaced.Line line : lines) {
            // a product deleted since has no links (asking for them would throw inside the intake's transaction)
            for (CompatibilityLink link : batch.links(line.productId())) {
                if (ATTACHING.contains(link.relation()) && !link.other().equals(line.productId()) && products.contains(link.other())) {
                    return true;
                }
            }
        }
        return false;
    }
}
